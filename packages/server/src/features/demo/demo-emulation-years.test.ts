import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  DEFAULT_SCORING_SHEET,
  isDisciplinedInYear,
  proposeYearGrade,
  REGISTRATION_MOVES,
  titlesRegistrableFor,
  totalOfPoints,
  type RegistrationStatus,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import {
  achievements,
  disciplines,
  emulationYears,
  exemplars,
  households,
  indicators,
  initiatives,
  monthlyScores,
  movementReviews,
  movements,
  pactParties,
  pacts,
  people,
  periodTargets,
  registrationEvents,
  registrations,
  scoringSheets,
  units,
  users,
  yearGrades,
} from '../../db/schema';
import { createTestDatabase, testDatabaseModes, type TestDatabase } from '../../test/test-database';
import { getEmulationYear } from '../emulation-year/emulation-years';
import { DEMO_ACCOUNTS } from './demo-data';
import { generateDemoEmulationHistory } from './demo-emulation-years';
import { DEMO_SEED, generateDemoOrganisation } from './demo-organisation';
import { loadDemo } from './load-demo';

describe.each(testDatabaseModes())('the demo ward’s emulation years on %s', (mode) => {
  let database: TestDatabase;
  let db: Database;
  let communeId: string;
  let year: Record<2025 | 2026, string>;

  beforeAll(async () => {
    database = await createTestDatabase(mode);
    db = database.db;
    communeId = (await loadDemo(db)).communeId;
    const years = await db.select().from(emulationYears).where(eq(emulationYears.communeId, communeId));
    year = Object.fromEntries(years.map((y) => [y.year, y.id])) as typeof year;
  }, 60_000);
  afterAll(() => database.close());

  const rowsOf = <T extends WardTable>(table: T) => wardRows(db, communeId, table);

  it('has a closed 2025 and a running 2026, each with a theme and a registration deadline in March', async () => {
    const years = await db
      .select()
      .from(emulationYears)
      .where(eq(emulationYears.communeId, communeId))
      .orderBy(asc(emulationYears.year));
    // The closed year keeps the default sheet (version 0); the running one follows the latest.
    expect(years.map((y) => [y.year, y.status, y.registrationDeadline, y.scoringSheetVersion])).toEqual([
      [2025, 'closed', '2025-03-31', 0],
      [2026, 'running', '2026-03-31', null],
    ]);
    expect(years.every((y) => y.theme.startsWith('Đoàn kết, kỷ cương'))).toBe(true);
  });

  it('states the 2025 indicators as the reports do: «Đạt 10/12 chỉ tiêu», training 267/250 at 106,8% (vượt)', async () => {
    const detail = await getEmulationYear(db, communeId, year[2025]);
    expect(detail.indicatorSummary).toBe('Đạt 10/12 chỉ tiêu');
    expect(detail.indicators.find((i) => i.name === 'Đào tạo nghề cho lao động')).toMatchObject({
      target: 250,
      actual: 267,
      verdict: 'vuot',
      percentText: '106,8%',
    });
    expect(detail.indicators.filter((i) => i.verdict === 'chua_dat').map((i) => i.name)).toEqual([
      'Tổng thu ngân sách nhà nước trên địa bàn',
      'Tỷ lệ dân số tham gia bảo hiểm y tế',
    ]);
    expect(detail.indicators.find((i) => i.direction === 'lower')).toMatchObject({ verdict: 'vuot' });
    expect(new Set(detail.indicators.map((i) => i.field)).size).toBe(6);
  });

  it('follows the same indicators in 2026 with partial actuals, linked to the 2026–2030 targets', async () => {
    const detail = await getEmulationYear(db, communeId, year[2026]);
    const names2025 = (await getEmulationYear(db, communeId, year[2025])).indicators.map((i) => i.name);
    expect(detail.indicators.map((i) => i.name)).toEqual(names2025);
    expect(detail.indicators.filter((i) => i.verdict === 'chua_danh_gia').length).toBeGreaterThan(0);
    const targets = await rowsOf(periodTargets);
    const linked = (await rowsOf(indicators)).filter((i) => i.yearId === year[2026] && i.periodTargetId);
    expect(linked).toHaveLength(5);
    for (const indicator of linked) {
      const target = targets.find((t) => t.id === indicator.periodTargetId)!;
      expect([target.fromYear, target.toYear, target.field, target.direction]).toEqual([
        2026,
        2030,
        indicator.field,
        indicator.direction,
      ]);
    }
  });

  it('runs national, provincial and commune movements each year; every 2025 movement has its final review', async () => {
    const all = await rowsOf(movements);
    const reviews = await rowsOf(movementReviews);
    for (const id of [year[2025], year[2026]]) {
      const ofYear = all.filter((m) => m.yearId === id);
      expect(ofYear).toHaveLength(7);
      expect(new Set(ofYear.map((m) => m.launchLevel))).toEqual(new Set(['national', 'province', 'commune']));
      expect(ofYear.every((m) => /^\d+\/KH-UBND$/.test(m.planNumber!) && m.planDate)).toBe(true);
    }
    expect(all.map((m) => m.name)).toContain('Vì người nghèo – Không để ai bị bỏ lại phía sau');
    for (const movement of all.filter((m) => m.yearId === year[2025])) {
      const final = reviews.find((r) => r.movementId === movement.id && r.kind === 'final');
      expect(final?.figures.length).toBeGreaterThan(0);
      expect(final!.reviewedOn.startsWith('2025-')).toBe(true);
    }
    expect(reviews.some((r) => r.kind === 'interim')).toBe(true);
  });

  it('has pacts of the chair with the Fatherland Front, the mass organisations and the trade union', async () => {
    const pactRows = (await rowsOf(pacts)).filter((p) => p.yearId === year[2025]);
    const parties = await rowsOf(pactParties);
    const unitNames = new Map((await rowsOf(units)).map((u) => [u.id, u.name]));
    expect(pactRows.every((p) => p.chairSignatory === 'Trần Văn Minh')).toBe(true);
    const signed = parties.filter((p) => pactRows.some((pact) => pact.id === p.pactId));
    expect(signed.map((p) => unitNames.get(p.unitId)).sort()).toEqual([
      'Công đoàn cơ sở phường',
      'Hội Cựu chiến binh phường',
      'Hội Liên hiệp Phụ nữ phường',
      'Hội Nông dân phường',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường',
      'Ủy ban Mặt trận Tổ quốc Việt Nam phường',
    ]);
  });

  it('registers only titles each subject may hold, and every history follows the allowed moves', async () => {
    const unitKinds = new Map((await rowsOf(units)).map((u) => [u.id, u.kind]));
    const personUnits = new Map((await rowsOf(people)).map((p) => [p.id, p.unitId]));
    const years = new Map([
      [year[2025], 2025],
      [year[2026], 2026],
    ]);
    const events = await db
      .select()
      .from(registrationEvents)
      .where(eq(registrationEvents.communeId, communeId))
      .orderBy(asc(registrationEvents.createdAt));
    for (const registration of await rowsOf(registrations)) {
      const unitId = registration.unitId ?? personUnits.get(registration.personId!)!;
      const allowed = titlesRegistrableFor(
        years.get(registration.yearId)!,
        registration.subjectType,
        unitKinds.get(unitId!)!,
      );
      expect(allowed.map((t) => t.id)).toContain(registration.title);
      const history = events.filter((e) => e.registrationId === registration.id).map((e) => e.status);
      expect(history[0]).toBe('submitted');
      expect(history.at(-1)).toBe(registration.status);
      history.slice(1).forEach((to, i) => expect(isAllowedMove(history[i]!, to)).toBe(true));
    }
  });

  it('has 2025 registered and accepted for units and nearly every person, one returned and sent again', async () => {
    const of2025 = (await rowsOf(registrations)).filter((r) => r.yearId === year[2025]);
    expect(new Set(of2025.map((r) => r.status))).toEqual(new Set(['accepted']));
    const titles = countBy(of2025.map((r) => r.title));
    expect(titles).toMatchObject({ tap_the_lao_dong_xuat_sac: 3, tap_the_lao_dong_tien_tien: 12 });
    const registeredPeople = new Set(of2025.flatMap((r) => (r.personId ? [r.personId] : [])));
    expect(registeredPeople.size).toBeGreaterThanOrEqual(60);
    const individual = (titles.lao_dong_tien_tien ?? 0) + (titles.chien_si_tien_tien ?? 0);
    expect(titles.chien_si_thi_dua_co_so! / individual).toBeLessThanOrEqual(0.15);
    const events = await rowsOf(registrationEvents);
    const returned = of2025.filter((r) =>
      events.some((e) => e.registrationId === r.id && e.status === 'returned'),
    );
    expect(returned).toHaveLength(1);
    expect(returned[0]).toMatchObject({
      title: 'chien_si_thi_dua_co_so',
      status: 'accepted',
      returnReason: null,
    });
  });

  it('leaves 2026 registrations partly done: people not yet registered, some waiting, one returned to its owner', async () => {
    const of2026 = (await rowsOf(registrations)).filter((r) => r.yearId === year[2026]);
    const statuses = countBy(of2026.map((r) => r.status));
    expect(statuses).toMatchObject({ returned: 1, withdrawn: 1 });
    expect(statuses.submitted).toBeGreaterThan(0);
    expect(of2026.find((r) => r.status === 'returned')!.returnReason).toMatch(/sáng kiến/);
    const registered = new Set(of2026.flatMap((r) => (r.personId ? [r.personId] : [])));
    const everyone = await rowsOf(people);
    expect(everyone.length - registered.size).toBeGreaterThanOrEqual(5);
    const [member] = await db.select().from(users).where(eq(users.username, 'thanhvien'));
    expect(registered.has(member!.personId!)).toBe(false);
  });

  it('scores every cadre on the default sheet: 12 months of 2025, January to October 2026', async () => {
    const scores = await rowsOf(monthlyScores);
    const everyone = await rowsOf(people);
    expect(await rowsOf(scoringSheets)).toEqual([]);
    expect(scores.filter((s) => s.yearId === year[2025])).toHaveLength(everyone.length * 12);
    const of2026 = scores.filter((s) => s.yearId === year[2026]);
    expect(of2026).toHaveLength(everyone.length * 10);
    expect(Math.max(...of2026.map((s) => s.month))).toBe(10);
    const codes = DEFAULT_SCORING_SHEET.criteria.map((c) => c.code).sort();
    for (const score of scores) {
      expect(Object.keys(score.selfPoints!).sort()).toEqual(codes);
      expect(totalOfPoints(DEFAULT_SCORING_SHEET, score.selfPoints!)).toBe(score.selfScore);
      if (score.headPoints)
        expect(totalOfPoints(DEFAULT_SCORING_SHEET, score.headPoints)).toBe(score.headScore);
      else expect([score.month, score.headScore, score.headScoredBy]).toEqual([10, null, null]);
    }
    // The officer's months come from the chair, not from the head of her unit.
    const [officerAccount] = await db.select().from(users).where(eq(users.username, 'canbo'));
    const officerScorers = scores
      .filter((s) => s.personId === officerAccount!.personId)
      .map((s) => s.headScoredBy);
    expect(new Set(officerScorers)).toEqual(new Set(['Trần Văn Minh']));
    // October 2026 waits for the primary school's head: the demo unit head has months to score.
    expect(of2026.filter((s) => s.headScore === null).length).toBeGreaterThan(0);
    const weak = scores.filter((s) => s.headScore !== null && s.headScore < 50);
    expect(weak).toHaveLength(1);
    expect(weak[0]!.comment).toBeTruthy();
  });

  it('confirms 2025 grades as the months propose, except one documented override for the disciplined cadre', async () => {
    const scores = (await rowsOf(monthlyScores)).filter((s) => s.yearId === year[2025]);
    const grades = (await rowsOf(yearGrades)).filter((g) => g.yearId === year[2025]);
    expect(grades).toHaveLength((await rowsOf(people)).length);
    expect((await rowsOf(yearGrades)).every((g) => g.yearId === year[2025])).toBe(true);
    const overridden: (typeof grades)[number][] = [];
    let capped = 0;
    for (const grade of grades) {
      const proposal = proposeYearGrade(scores.filter((s) => s.personId === grade.personId));
      if (proposal.grade === null) throw new Error('a 2025 cadre lacks scored months');
      expect([grade.proposedGrade, grade.average, grade.confirmedBy]).toEqual([
        proposal.grade,
        proposal.average,
        'Nguyễn Thị Thu Hà',
      ]);
      if (proposal.cappedByWeakMonth) capped += 1;
      if (grade.grade !== proposal.grade) overridden.push(grade);
    }
    expect(capped).toBe(1);
    expect(overridden).toHaveLength(1);
    expect(overridden[0]).toMatchObject({ proposedGrade: 'hoan_thanh_tot', grade: 'hoan_thanh' });
    expect(overridden[0]!.note).toMatch(/khiển trách/);
    const records = (await rowsOf(disciplines)).filter((d) => d.personId === overridden[0]!.personId);
    expect(isDisciplinedInYear(records, 2025)).toBe(true);
    const averages = grades.map((g) => g.average!);
    expect(averages.filter((a) => a >= 80 && a <= 95).length / averages.length).toBeGreaterThan(0.85);
    expect(countBy(grades.map((g) => g.grade)).hoan_thanh_xuat_sac).toBeGreaterThanOrEqual(8);
  });

  it('records one khiển trách, achievements, initiatives recognised at base level and exemplars at two stages', async () => {
    const records = await rowsOf(disciplines);
    expect(records.map((d) => [d.form, d.decidedOn.slice(0, 4)])).toEqual([['khien_trach', '2025']]);
    const of2025 = <T extends { yearId: string }>(rows: T[]) => rows.filter((r) => r.yearId === year[2025]);
    const done = of2025(await rowsOf(achievements));
    expect(new Set(done.map((a) => a.subjectType))).toEqual(new Set(['person', 'unit']));
    const ideas = of2025(await rowsOf(initiatives));
    expect(countBy(ideas.map((i) => String(i.level)))).toEqual({ co_so: 3, null: 1 });
    const exemplarRows = of2025(await rowsOf(exemplars));
    expect(exemplarRows.map((e) => `${e.subjectType}:${e.stage}`).sort()).toEqual([
      'household:nurtured',
      'unit:replicated',
    ]);
    const household = exemplarRows.find((e) => e.subjectType === 'household')!;
    const [home] = await db.select().from(households).where(eq(households.id, household.householdId!));
    expect(home!.address).toMatch(/^Số 12,/);
  });

  it('links the unit head and the member to the primary school and their own records, named alike', async () => {
    const linked = await db
      .select({
        username: users.username,
        displayName: users.displayName,
        unit: units.name,
        person: people.fullName,
      })
      .from(users)
      .leftJoin(units, and(eq(units.communeId, users.adminUnitId), eq(units.id, users.unitId)))
      .leftJoin(people, and(eq(people.communeId, users.adminUnitId), eq(people.id, users.personId)))
      .where(eq(users.adminUnitId, communeId))
      .orderBy(asc(users.username));
    const byName = Object.fromEntries(linked.map((u) => [u.username, u]));
    expect(byName.truongdonvi).toMatchObject({ unit: 'Trường Tiểu học Minh Họa', person: 'Phạm Công Hùng' });
    expect(byName.thanhvien).toMatchObject({ unit: null, person: 'Châu Thị Thu Tuyết' });
    for (const account of linked.filter((u) => u.person !== null)) {
      expect(account.person).toBe(account.displayName);
    }
    expect(linked.filter((u) => u.person !== null).map((u) => u.username)).toEqual([
      'canbo',
      'chutich',
      'thanhvien',
      'truongdonvi',
    ]);
    expect(DEMO_ACCOUNTS.find((a) => a.username === 'truongdonvi')!.role).toBe('unit_head');
  });

  it('gives the same rows when the demo is loaded again', async () => {
    const before = await snapshot(db, communeId);
    communeId = (await loadDemo(db)).communeId;
    const years = await db.select().from(emulationYears).where(eq(emulationYears.communeId, communeId));
    year = Object.fromEntries(years.map((y) => [y.year, y.id])) as typeof year;
    const after = await snapshot(db, communeId);
    expect(after).toEqual(before);
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
  }, 60_000);
});

describe('generateDemoEmulationHistory', () => {
  it('gives the same history for the same organisation and seed, another for another seed', () => {
    const organisation = generateDemoOrganisation();
    const history = generateDemoEmulationHistory(organisation);
    expect(generateDemoEmulationHistory(organisation)).toEqual(history);
    expect(generateDemoEmulationHistory(organisation, DEMO_SEED + 1).years[0]!.monthlyScores).not.toEqual(
      history.years[0]!.monthlyScores,
    );
  });
});

type WardTable = PgTable & { communeId: PgColumn };

/** The rows of one commune-keyed table in the ward, typed as the table's rows. */
function wardRows<T extends WardTable>(
  db: Database,
  communeId: string,
  table: T,
): Promise<T['$inferSelect'][]> {
  return db
    .select()
    .from(table as PgTable)
    .where(eq(table.communeId, communeId)) as unknown as Promise<T['$inferSelect'][]>;
}

function isAllowedMove(from: RegistrationStatus, to: RegistrationStatus): boolean {
  return Object.values(REGISTRATION_MOVES).some((move) => move.to === to && move.from.includes(from));
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * Every emulation row of the ward, its own id and load-time stamps left out and the ids it points
 * to replaced by what they name (a person's ID number, a unit's name, a year …), sorted.
 */
async function snapshot(db: Database, communeId: string): Promise<Record<string, string[]>> {
  const rowsOf = <T extends WardTable>(table: T) => wardRows(db, communeId, table);
  const labels = new Map<string, string>([[communeId, 'ward']]);
  for (const u of await rowsOf(units)) labels.set(u.id, `unit:${u.name}`);
  for (const p of await rowsOf(people)) labels.set(p.id, `person:${p.idNumber}`);
  for (const h of await rowsOf(households)) labels.set(h.id, `household:${h.address}|${h.headName}`);
  for (const y of await rowsOf(emulationYears)) labels.set(y.id, `year:${y.year}`);
  for (const t of await rowsOf(periodTargets)) labels.set(t.id, `target:${t.name}`);
  for (const m of await rowsOf(movements)) labels.set(m.id, `movement:${labels.get(m.yearId)}|${m.name}`);
  for (const p of await rowsOf(pacts)) labels.set(p.id, `pact:${p.name}`);
  for (const r of await rowsOf(registrations))
    labels.set(
      r.id,
      `registration:${labels.get(r.yearId)}|${labels.get(r.personId ?? r.unitId!)}|${r.title}`,
    );

  const tables: Record<string, WardTable> = {
    emulationYears,
    periodTargets,
    indicators,
    movements,
    movementReviews,
    pacts,
    pactParties,
    registrations,
    registrationEvents,
    monthlyScores,
    yearGrades,
    disciplines,
    achievements,
    initiatives,
    exemplars,
  };
  const result: Record<string, string[]> = {};
  for (const [name, table] of Object.entries(tables)) {
    result[name] = (await rowsOf(table))
      .map((row) =>
        JSON.stringify(
          Object.entries(row as Record<string, unknown>)
            .filter(
              ([key]) =>
                key !== 'id' &&
                key !== 'updatedAt' &&
                (key !== 'createdAt' || name.startsWith('registration')),
            )
            .map(([key, value]) => [key, typeof value === 'string' ? (labels.get(value) ?? value) : value]),
        ),
      )
      .sort();
  }
  const accounts = await db.select().from(users).where(eq(users.adminUnitId, communeId));
  result.accounts = accounts
    .map((u) =>
      [u.username, labels.get(u.unitId ?? '') ?? null, labels.get(u.personId ?? '') ?? null].join('|'),
    )
    .sort();
  return result;
}
