import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { PASSWORD } from '../../test/fixtures';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { testDatabaseModes } from '../../test/test-database';
import { signedInLinked } from '../emulation-year/emulation-year-fixtures';
import {
  defaultSheetPoints,
  defaultSheetTotal,
  seedScoringCommune,
  type ScoringCommune,
} from './scoring-fixtures';

interface Row {
  personId: string;
  fullName: string;
  months: { month: number; selfScore: number | null; headScore: number | null }[];
  scoredByChair: boolean;
}

describe.each(testDatabaseModes())('monthly scores and year grades on %s', (mode) => {
  const ctx = useTestApp(mode);
  let org: ScoringCommune;
  let officer: TestClient;
  let head: TestClient;
  /** Head of the police post, linked to no person of their own. */
  let policeHead: TestClient;
  let clerk: TestClient;
  let chair: TestClient;
  let council: TestClient;
  let unlinked: TestClient;
  let base: string;
  /** 2025: every month has begun. */
  let yearId: string;
  /** 2100: no month has begun. */
  let futureYearId: string;

  const scores = (year = yearId) => `${base}/years/${year}/scores`;
  const month = (personId: string, m: number, side: 'self' | 'head', year = yearId) =>
    `${scores(year)}/${personId}/${m}/${side}`;
  const rowsOf = async (client: TestClient, query = '') => {
    const response = await client.get(`${scores()}${query}`);
    expect(response.statusCode).toBe(200);
    return response.json().rows as Row[];
  };

  beforeAll(async () => {
    org = await seedScoringCommune(ctx);
    base = `/api/communes/${ctx.seed.communeA.id}`;
    officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    head = await signedInLinked(ctx, 'unit_head', 'truong.vanphong', {
      unitId: org.officeId,
      personId: org.headPersonId,
    });
    policeHead = await signedInLinked(ctx, 'unit_head', 'truong.congan', { unitId: org.policeId });
    clerk = await signedInLinked(ctx, 'member', 'vanthu', { personId: org.clerkPersonId });
    chair = await signedInLinked(ctx, 'chair', 'chutich.a');
    council = await signedInLinked(ctx, 'council_member', 'hoidong.a');
    unlinked = await signedInLinked(ctx, 'group_leader', 'totruong.a');
    yearId = (await officer.post(`${base}/years`, { year: 2025, theme: 'Năm 2025' })).json().id;
    futureYearId = (await officer.post(`${base}/years`, { year: 2100, theme: 'Năm 2100' })).json().id;
  });

  it('gives everyone of the commune the default 100-point sheet until the officer sets one', async () => {
    const sheet = (await clerk.get(`${base}/scoring-sheet`)).json();
    expect(sheet.isDefault).toBe(true);
    expect(sheet.criteria.map((c: { maxPoints: number }) => c.maxPoints)).toEqual([15, 20, 50, 15]);
  });

  it('lets a cadre score their own month, totalled from the points by criterion', async () => {
    const saved = await clerk.put(month(org.clerkPersonId, 1, 'self'), { points: defaultSheetPoints() });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().months[0]).toMatchObject({
      month: 1,
      selfPoints: defaultSheetPoints(),
      selfScore: defaultSheetTotal(),
      headScore: null,
    });
  });

  it('refuses a cadre anyone else’s self-score and any head’s score, even of their own month', async () => {
    const other = await clerk.put(month(org.policemanPersonId, 1, 'self'), { points: defaultSheetPoints() });
    expect(other.statusCode).toBe(403);
    expect(
      (await clerk.put(month(org.clerkPersonId, 1, 'head'), { points: defaultSheetPoints() })).statusCode,
    ).toBe(403);
    for (const client of [chair, council, unlinked]) {
      expect(
        (await client.put(month(org.clerkPersonId, 2, 'self'), { points: defaultSheetPoints() })).statusCode,
      ).toBe(403);
      expect(
        (await client.put(month(org.clerkPersonId, 2, 'head'), { points: defaultSheetPoints() })).statusCode,
      ).toBe(403);
    }
  });

  it('checks the points against the sheet, naming the criterion', async () => {
    const over = await clerk.put(month(org.clerkPersonId, 2, 'self'), {
      points: defaultSheetPoints(50.5),
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields).toEqual({
      'points.ket_qua_nhiem_vu':
        '«Kết quả thực hiện chức trách, nhiệm vụ được giao» phải nhỏ hơn hoặc bằng 50.',
    });
    const { ky_luat_tac_phong: _missing, ...partial } = defaultSheetPoints();
    const missing = await clerk.put(month(org.clerkPersonId, 2, 'self'), { points: partial });
    expect(missing.json().error.message).toBe(
      'Dữ liệu chưa hợp lệ: «Ý thức tổ chức kỷ luật, tác phong, lề lối làm việc» là bắt buộc.',
    );
    const halves = await clerk.put(month(org.clerkPersonId, 2, 'self'), {
      points: { ...defaultSheetPoints(), hoc_tap_phuc_vu: 13.25 },
    });
    expect(halves.statusCode).toBe(400);
    const badMonth = await clerk.put(month(org.clerkPersonId, 13, 'self'), { points: defaultSheetPoints() });
    expect(badMonth.json().error.fields).toEqual({ month: '«Tháng» phải nhỏ hơn hoặc bằng 12.' });
  });

  it('lets the unit head score the unit’s people, not other units’ nor their own month', async () => {
    const scored = await head.put(month(org.clerkPersonId, 1, 'head'), {
      points: defaultSheetPoints(48),
      comment: 'Hoàn thành tốt công việc văn thư',
    });
    expect(scored.statusCode).toBe(200);
    expect(scored.json().months[0]).toMatchObject({
      selfScore: defaultSheetTotal(),
      headScore: defaultSheetTotal(48),
      headScoredBy: 'Người dùng truong.vanphong (truong.vanphong)',
      comment: 'Hoàn thành tốt công việc văn thư',
    });
    expect(
      (await head.put(month(org.policemanPersonId, 1, 'head'), { points: defaultSheetPoints() })).statusCode,
    ).toBe(403);
    const own = await head.put(month(org.headPersonId, 1, 'head'), { points: defaultSheetPoints() });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toBe(
      'Không ai tự chấm điểm thủ trưởng cho chính mình; điểm này do người có thẩm quyền chấm.',
    );
    expect(
      (await head.put(month(org.headPersonId, 1, 'self'), { points: defaultSheetPoints() })).statusCode,
    ).toBe(200);
    expect(
      (await head.put(month(org.clerkPersonId, 3, 'self'), { points: defaultSheetPoints() })).statusCode,
    ).toBe(403);
  });

  it('keeps the self-score as the head saw it; only the officer corrects it afterwards', async () => {
    const late = await clerk.put(month(org.clerkPersonId, 1, 'self'), { points: defaultSheetPoints(40) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe(
      'Thủ trưởng đã chấm điểm tháng 1; điểm tự chấm của tháng này không sửa được nữa.',
    );
    const corrected = await officer.put(month(org.clerkPersonId, 1, 'self'), {
      points: defaultSheetPoints(40),
    });
    expect(corrected.json().months[0]).toMatchObject({
      selfScore: defaultSheetTotal(40),
      headScore: defaultSheetTotal(48),
    });
  });

  it('gives the unit head’s month to the chair, and the policeman’s to the police post’s head', async () => {
    expect(
      (await chair.put(month(org.headPersonId, 1, 'head'), { points: defaultSheetPoints(50) })).statusCode,
    ).toBe(200);
    expect(
      (await policeHead.put(month(org.policemanPersonId, 1, 'head'), { points: defaultSheetPoints(50) }))
        .statusCode,
    ).toBe(200);
  });

  it('writes each score with its audit entry, and nothing when the same points come again', async () => {
    const entries = () =>
      ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.adminUnitId, ctx.seed.communeA.id), eq(auditLog.entity, 'monthly_score')));
    const earlier = await entries();
    const before = earlier.length;
    expect(before).toBeGreaterThanOrEqual(5);
    await policeHead.put(month(org.policemanPersonId, 1, 'head'), { points: defaultSheetPoints(50) });
    expect((await entries()).length).toBe(before);
    await policeHead.put(month(org.policemanPersonId, 1, 'head'), { points: defaultSheetPoints(49) });
    const after = await entries();
    expect(after.length).toBe(before + 1);
    // The rows come in no set order: the new entry is the one that was not there before.
    const seen = new Set(earlier.map((e) => e.id));
    expect(after.find((e) => !seen.has(e.id))).toMatchObject({
      action: 'update',
      actorName: 'Người dùng truong.congan (truong.congan)',
    });
  });

  it('shows the table to each role as far as they may read: all, the unit, or their own row', async () => {
    for (const client of [officer, chair, council]) {
      expect((await rowsOf(client)).map((r) => r.fullName)).toEqual([
        'Trần Thị Bình',
        'Lê Văn Cường',
        'Phạm Văn Dũng',
      ]);
    }
    const unit = await rowsOf(head);
    // The unit head's own account makes her a leader: the chair scores her month.
    expect(unit.map((r) => [r.fullName, r.scoredByChair])).toEqual([
      ['Trần Thị Bình', true],
      ['Lê Văn Cường', false],
    ]);
    const own = await rowsOf(clerk);
    expect(own).toHaveLength(1);
    expect(own[0]!.months[0]).toEqual({
      month: 1,
      selfScore: defaultSheetTotal(40),
      headScore: defaultSheetTotal(48),
    });
    expect(own[0]!.months).toHaveLength(12);
    expect((await unlinked.get(scores())).statusCode).toBe(403);
  });

  it('filters the table by unit and by month', async () => {
    expect((await rowsOf(officer, `?unitId=${org.policeId}`)).map((r) => r.fullName)).toEqual([
      'Phạm Văn Dũng',
    ]);
    const january = await rowsOf(officer, '?month=1');
    expect(january.map((r) => r.months)).toEqual([
      [{ month: 1, selfScore: defaultSheetTotal(), headScore: defaultSheetTotal(50) }],
      [{ month: 1, selfScore: defaultSheetTotal(40), headScore: defaultSheetTotal(48) }],
      [{ month: 1, selfScore: null, headScore: defaultSheetTotal(49) }],
    ]);
  });

  it('shows one person’s months by criterion to those who may read them', async () => {
    const mine = await clerk.get(`${scores()}/${org.clerkPersonId}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      person: { fullName: 'Lê Văn Cường', unitName: 'Văn phòng' },
      lastScorableMonth: 12,
      sheetVersion: 0,
      headScorerUserId: null,
      summary: { monthsScored: 1, average: defaultSheetTotal(48), proposedGrade: null },
      confirmed: null,
      disciplined: false,
    });
    expect(mine.json().months[0].headPoints).toEqual(defaultSheetPoints(48));
    expect((await clerk.get(`${scores()}/${org.policemanPersonId}`)).statusCode).toBe(403);
    expect((await head.get(`${scores()}/${org.policemanPersonId}`)).statusCode).toBe(403);
    expect((await chair.get(`${scores()}/${org.policemanPersonId}`)).statusCode).toBe(200);
  });

  it('refuses months that have not begun', async () => {
    const early = await officer.put(month(org.clerkPersonId, 1, 'head', futureYearId), {
      points: defaultSheetPoints(),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toBe('Tháng 1/2100 chưa đến; chỉ chấm điểm các tháng đã bắt đầu.');
    expect((await officer.get(scores(futureYearId))).json().lastScorableMonth).toBe(0);
  });

  it('proposes a grade from six head’s scores and lets only the officer confirm it', async () => {
    for (const m of [2, 3, 4, 5, 6]) {
      await head.put(month(org.clerkPersonId, m, 'head'), { points: defaultSheetPoints(m === 6 ? 30 : 48) });
    }
    const grades = (await chair.get(`${base}/years/${yearId}/grades`)).json();
    expect(grades.canConfirm).toBe(false);
    const clerkRow = grades.rows.find((r: { personId: string }) => r.personId === org.clerkPersonId);
    expect(clerkRow).toMatchObject({ monthsScored: 6, average: 90.5, proposedGrade: 'hoan_thanh_xuat_sac' });
    const grade = `${base}/years/${yearId}/grades/${org.clerkPersonId}`;
    for (const client of [chair, council, head, clerk]) {
      expect((await client.put(grade, { grade: 'hoan_thanh_tot' })).statusCode).toBe(403);
    }
    const confirmed = await officer.put(grade, { grade: 'hoan_thanh_tot', note: 'Tháng 6 chưa đạt yêu cầu' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().confirmed).toEqual({
      grade: 'hoan_thanh_tot',
      proposedGrade: 'hoan_thanh_xuat_sac',
      average: 90.5,
      note: 'Tháng 6 chưa đạt yêu cầu',
      confirmedBy: 'Người dùng canbo.a (canbo.a)',
    });
    expect((await officer.put(grade, { grade: 'xuat_sac_nhat' })).json().error.fields.grade).toMatch(
      /^«Xếp loại»/,
    );
  });

  it('confirms every proposal still unconfirmed at once, for the officer only', async () => {
    for (const m of [2, 3, 4, 5, 6]) {
      await policeHead.put(month(org.policemanPersonId, m, 'head'), { points: defaultSheetPoints(40) });
    }
    const confirmAll = `${base}/years/${yearId}/grades/confirm-proposed`;
    expect((await chair.post(confirmAll)).statusCode).toBe(403);
    expect((await officer.post(confirmAll)).json()).toEqual({ confirmed: 1 });
    const rows = (await officer.get(`${base}/years/${yearId}/grades`)).json().rows;
    expect(rows.map((r: { confirmed: { grade: string } | null }) => r.confirmed?.grade ?? null)).toEqual([
      null,
      'hoan_thanh_tot',
      'hoan_thanh_tot',
    ]);
    expect((await officer.post(confirmAll)).json()).toEqual({ confirmed: 0 });
  });

  it('flags a cadre disciplined in the year beside the grade', async () => {
    await officer.post(`${base}/disciplines`, {
      personId: org.policemanPersonId,
      form: 'khien_trach',
      decidedOn: '2025-08-01',
      reason: 'Vi phạm giờ giấc',
    });
    const rows = (await officer.get(`${base}/years/${yearId}/grades`)).json().rows;
    expect(rows.map((r: { disciplined: boolean }) => r.disciplined)).toEqual([false, false, true]);
    expect((await officer.get(`${scores()}/${org.policemanPersonId}`)).json().disciplined).toBe(true);
  });

  it('lets only the officer change the sheet, which must add up to 100 points', async () => {
    const sheet = {
      criteria: [
        { code: 'dao_duc', name: 'Đạo đức, lối sống', maxPoints: 30 },
        { code: 'nhiem_vu', name: 'Kết quả nhiệm vụ', maxPoints: 70 },
      ],
      thresholds: { hoan_thanh_xuat_sac: 90, hoan_thanh_tot: 70, hoan_thanh: 50 },
      minimumMonths: 6,
      headScorerUserId: null,
    };
    for (const client of [chair, head, clerk]) {
      expect((await client.put(`${base}/scoring-sheet`, sheet)).statusCode).toBe(403);
    }
    const short = await officer.put(`${base}/scoring-sheet`, {
      ...sheet,
      criteria: [{ ...sheet.criteria[0], maxPoints: 29.5 }, sheet.criteria[1]],
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.criteria).toBe(
      '«Các tiêu chí» cộng lại được 99,5 điểm; tổng điểm tối đa phải bằng 100 điểm.',
    );
    const saved = await officer.put(`${base}/scoring-sheet`, sheet);
    const { headScorerUserId: _none, ...version } = sheet;
    expect(saved.json()).toEqual({ ...version, version: 1, isDefault: false, headScorer: null });
    expect((await clerk.get(`${base}/scoring-sheet`)).json().isDefault).toBe(false);
    const oldPoints = await clerk.put(month(org.clerkPersonId, 7, 'self'), { points: defaultSheetPoints() });
    expect(oldPoints.statusCode).toBe(400);
    const newPoints = await clerk.put(month(org.clerkPersonId, 7, 'self'), {
      points: { dao_duc: 28, nhiem_vu: 65.5 },
    });
    expect(newPoints.json().months[6].selfScore).toBe(93.5);
    // The months scored on the old sheet keep their points.
    expect(newPoints.json().months[1].headPoints).toEqual(defaultSheetPoints(48));
  });

  it('locks the scores and grades of a closed year, still readable', async () => {
    for (const status of ['running', 'reviewing', 'closed']) {
      await officer.patch(`${base}/years/${yearId}`, { status });
    }
    const points = { dao_duc: 28, nhiem_vu: 65.5 };
    const refused = [
      await clerk.put(month(org.clerkPersonId, 8, 'self'), { points }),
      await head.put(month(org.clerkPersonId, 8, 'head'), { points }),
      await officer.put(month(org.clerkPersonId, 1, 'head'), { points }),
      await officer.put(`${base}/years/${yearId}/grades/${org.headPersonId}`, { grade: 'hoan_thanh' }),
      await officer.post(`${base}/years/${yearId}/grades/confirm-proposed`),
    ];
    for (const response of refused) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error.message).toBe(
        'Năm thi đua 2025 đã khóa sổ; số liệu của năm không được sửa nữa.',
      );
    }
    expect((await rowsOf(clerk))[0]!.months[0]!.headScore).toBe(defaultSheetTotal(48));
    expect((await chair.get(`${base}/years/${yearId}/grades`)).statusCode).toBe(200);
  });

  it('describes the score table it answers in the API docs', async () => {
    const docs = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const answer =
      docs.paths['/api/communes/{communeId}/years/{yearId}/scores'].get.responses['200'].content[
        'application/json'
      ].schema;
    expect(Object.keys(answer.properties)).toEqual(
      expect.arrayContaining(['sheet', 'bands', 'lastScorableMonth', 'rows']),
    );
  });
});
