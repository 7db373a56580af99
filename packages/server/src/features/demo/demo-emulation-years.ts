import {
  DEFAULT_SCORING_SHEET,
  formatDateVi,
  proposeYearGrade,
  registrantOf,
  totalOfPoints,
  type CriterionPoints,
  type DisciplineForm,
  type Grade,
  type InitiativeLevel,
  type RegistrationStatus,
  type ScoringSheet,
  type TitleId,
  type YearStatus,
} from '@thidua/domain';
import {
  DEMO_PERIOD_TARGETS,
  DEMO_YEAR_CATALOGS,
  type DemoIndicator,
  type DemoMovement,
  type DemoPeriodTarget,
  type DemoYearCatalog,
  type PersonRef,
} from './demo-emulation-catalog';
import { DEMO_SEED, DEMO_UNITS, seededRandom, type DemoOrganisation } from './demo-organisation';

/**
 * The demo ward's emulation years, generated from the organisation and a seed: 2025 closed (every
 * record of a full year, for the review and the reports) and 2026 running (registrations partly
 * done, months scored up to October). Pure and deterministic: people are given by their index in
 * `organisation.people`, units by their key; the loader turns them into ids.
 */

export type DemoSubject = { personIndex: number } | { unitKey: string };

export interface DemoRegistrationEvent {
  status: RegistrationStatus;
  reason: string | null;
  actorName: string;
  /** ISO timestamp. */
  at: string;
}

export interface DemoRegistration {
  subject: DemoSubject;
  title: TitleId;
  status: RegistrationStatus;
  returnReason: string | null;
  /** The status history, oldest first; the last event's status is the registration's. */
  events: DemoRegistrationEvent[];
}

export interface DemoMonthlyScore {
  personIndex: number;
  month: number;
  selfPoints: CriterionPoints;
  selfScore: number;
  headPoints: CriterionPoints | null;
  headScore: number | null;
  headScoredBy: string | null;
  comment: string | null;
}

export interface DemoYearGrade {
  personIndex: number;
  proposedGrade: Grade | null;
  average: number | null;
  grade: Grade;
  note: string | null;
  confirmedBy: string;
}

export interface DemoDiscipline {
  personIndex: number;
  form: DisciplineForm;
  decidedOn: string;
  decisionNumber: string;
  reason: string;
  effectiveUntil: string;
}

export interface DemoEmulationYear {
  year: number;
  theme: string;
  status: YearStatus;
  registrationDeadline: string;
  indicators: DemoIndicator[];
  movements: DemoMovement[];
  pacts: {
    name: string;
    signedOn: string;
    chairSignatory: string;
    commitments: string;
    parties: { unitKey: string; signatory: string; commitments: string }[];
  }[];
  registrations: DemoRegistration[];
  monthlyScores: DemoMonthlyScore[];
  yearGrades: DemoYearGrade[];
  achievements: { subject: DemoSubject; title: string; description: string; achievedOn: string }[];
  initiatives: {
    personIndex: number;
    coAuthors: string | null;
    title: string;
    summary: string;
    level: InitiativeLevel | null;
    recognisedOn: string | null;
    decisionNumber: string | null;
  }[];
  exemplars: {
    subject: DemoSubject | { household: { groupName: string; headName: string; address: string } };
    description: string;
    stage: DemoYearCatalog['exemplars'][number]['stage'];
    discoveredOn: string;
    nurturedOn: string | null;
    summarisedOn: string | null;
    replicatedOn: string | null;
  }[];
}

/** Which unit and person a demo account stands for (a unit head's unit, a member's own record). */
export interface DemoAccountLink {
  username: string;
  unitKey: string | null;
  personIndex: number;
}

/** The demo's years; the months are scored on the domain's DEFAULT_SCORING_SHEET (the ward stores none). */
export interface DemoEmulationHistory {
  periodTargets: readonly DemoPeriodTarget[];
  years: DemoEmulationYear[];
  disciplines: DemoDiscipline[];
  accountLinks: DemoAccountLink[];
}

/** The people the demo's story is about, by where they work. */
const CAST = {
  chair: { unitKey: 'vp', position: 'Chủ tịch UBND phường' },
  officer: { unitKey: 'vhxh', position: 'Công chức Thi đua – Khen thưởng' },
  schoolHead: { unitKey: 'th' },
  // Prize-winning teacher: registers Chiến sĩ thi đua cơ sở, returned once for a missing document.
  teacher: { unitKey: 'th', position: 'Giáo viên', nth: 0 },
  // The member account: not yet registered in 2026, so the demo can show it.
  member: { unitKey: 'th', position: 'Giáo viên', nth: 1 },
  // Khiển trách in September 2025: the one year grade the officer set below the proposal.
  disciplined: { unitKey: 'vp', position: 'Công chức Văn phòng – Thống kê', nth: 1 },
  // One month under 50 points keeps an excellent average from «Hoàn thành xuất sắc».
  weakMonth: { unitKey: 'kt', position: 'Công chức Tài chính – Kế toán', nth: 1 },
  // 2026: a Chiến sĩ thi đua cơ sở registration returned and not yet completed.
  returned2026: { unitKey: 'kt', position: 'Công chức Địa chính – Xây dựng', nth: 1 },
  // 2026: withdrew a Chiến sĩ thi đua cơ sở registration.
  withdrew2026: { unitKey: 'vp', position: 'Công chức Tư pháp – Hộ tịch', nth: 1 },
  // 2026: registered by the officer after the deadline.
  late: { unitKey: 'yt', position: 'Nhân viên' },
} satisfies Record<string, PersonRef>;

/** Chiến sĩ thi đua cơ sở registrants, all among the best scored (about 12% of the registrants). */
const ELITE: readonly PersonRef[] = [
  CAST.chair,
  CAST.officer,
  { unitKey: 'hcc' },
  CAST.schoolHead,
  CAST.teacher,
  { unitKey: 'yt' },
  { unitKey: 'dtn' },
  { unitKey: 'ca' },
];

/** Units aiming for «Tập thể lao động xuất sắc»; the others register «Tập thể lao động tiên tiến». */
const EXCELLENT_UNITS = ['hcc', 'th', 'yt'];
/** The trade union has one member: it signs the pact but registers no collective title. */
const UNITS_NOT_REGISTERING = ['cd'];
const UNITS_NOT_REGISTERED_2026 = ['cd', 'ccb', 'nd', 'qs', 'mn'];

const PARTY_SCORER = 'Ban Thường vụ Đảng ủy phường';

/** The one discipline of the demo (its person is CAST.disciplined). */
const DISCIPLINE = {
  form: 'khien_trach',
  decidedOn: '2025-09-16',
  decisionNumber: '112/QĐ-UBND',
  reason:
    'Thiếu trách nhiệm trong tham mưu giải quyết hồ sơ, để quá hạn 12 hồ sơ hành chính trong tháng 8/2025, vi phạm quy chế làm việc của UBND phường.',
  effectiveUntil: '2026-03-15',
} as const satisfies Omit<DemoDiscipline, 'personIndex'>;

const DISCIPLINE_REFERENCE = `Quyết định số ${DISCIPLINE.decisionNumber} ngày ${formatDateVi(DISCIPLINE.decidedOn)}`;
const OVERRIDE_NOTE = `Bị kỷ luật khiển trách theo ${DISCIPLINE_REFERENCE}: Hội đồng Thi đua – Khen thưởng thống nhất xếp loại Hoàn thành nhiệm vụ, thấp hơn mức đề xuất theo điểm bình quân.`;

export function generateDemoEmulationHistory(
  organisation: DemoOrganisation,
  seed = DEMO_SEED,
): DemoEmulationHistory {
  const { people } = organisation;
  const find = (ref: PersonRef): number => {
    const matches = people.flatMap((p, i) =>
      p.unitKey === ref.unitKey && (ref.position === undefined || p.position === ref.position) ? [i] : [],
    );
    const index = matches[ref.nth ?? 0];
    if (index === undefined) throw new Error(`demo: no person ${JSON.stringify(ref)}`);
    return index;
  };
  const nameOf = (ref: PersonRef) => people[find(ref)]!.fullName;
  const cast = Object.fromEntries(Object.entries(CAST).map(([role, ref]) => [role, find(ref)])) as Cast;
  const elite = new Set(ELITE.map(find));
  const officerName = people[cast.officer]!.fullName;
  const chairName = people[cast.chair]!.fullName;
  const unitKind = new Map(DEMO_UNITS.map((u) => [u.key, u.kind]));

  /**
   * Who gives a person's monthly score: the unit's head; the chair for the heads, the vice-chairs
   * and the officer (head-score-rights.ts); the party for the chair.
   */
  const scorerOf = (i: number): string => {
    if (i === cast.chair) return PARTY_SCORER;
    const person = people[i]!;
    const head = find({ unitKey: person.unitKey });
    const leads = i === head || i === cast.officer || person.position.startsWith('Phó Chủ tịch UBND');
    return leads ? chairName : people[head]!.fullName;
  };
  const individualTitle = (i: number): TitleId =>
    registrantOf('person', unitKind.get(people[i]!.unitKey) ?? null).armedForces
      ? 'chien_si_tien_tien'
      : 'lao_dong_tien_tien';

  const levels = scoreLevels(people.length, cast, elite, seededRandom(seed + 1));
  const context: RegistrationContext = {
    people,
    cast,
    elite,
    levels,
    individualTitle,
    officerName,
    headName: (unitKey) => nameOf({ unitKey }),
  };
  const years = DEMO_YEAR_CATALOGS.map((catalog): DemoEmulationYear => {
    const closed = catalog.year === 2025;
    const random = seededRandom(seed + catalog.year);
    // Late November 2026: October is self-scored, but the primary school's head has not scored it yet.
    const pendingScorer = closed ? null : people[cast.schoolHead]!.fullName;
    const monthlyScores = scoreMonths(
      catalog.year,
      closed ? 12 : 10,
      levels,
      cast,
      scorerOf,
      pendingScorer,
      random,
    );
    return {
      year: catalog.year,
      theme: catalog.theme,
      status: closed ? 'closed' : 'running',
      registrationDeadline: catalog.registrationDeadline,
      indicators: catalog.indicators,
      movements: catalog.movements,
      pacts: catalog.pacts.map((pact) => ({
        ...pact,
        chairSignatory: chairName,
        parties: pact.parties.map((p) => ({ ...p, signatory: nameOf({ unitKey: p.unitKey }) })),
      })),
      registrations: closed ? registrations2025(context) : registrations2026(context, random),
      monthlyScores,
      yearGrades: closed ? gradesOf(monthlyScores, cast.disciplined, officerName) : [],
      achievements: catalog.achievements.map(({ subject, ...a }) => ({
        ...a,
        subject: 'person' in subject ? { personIndex: find(subject.person) } : subject,
      })),
      initiatives: catalog.initiatives.map(({ author, recognition, ...i }) => ({
        ...i,
        personIndex: find(author),
        level: recognition?.level ?? null,
        recognisedOn: recognition?.recognisedOn ?? null,
        decisionNumber: recognition?.decisionNumber ?? null,
      })),
      exemplars: catalog.exemplars.map(({ subject, stageDates, ...e }) => ({
        ...e,
        subject:
          'person' in subject
            ? { personIndex: find(subject.person) }
            : 'household' in subject
              ? { household: householdOf(organisation, subject.household) }
              : subject,
        discoveredOn: stageDates[0]!,
        nurturedOn: stageDates[1] ?? null,
        summarisedOn: stageDates[2] ?? null,
        replicatedOn: stageDates[3] ?? null,
      })),
    };
  });

  return {
    periodTargets: DEMO_PERIOD_TARGETS,
    years,
    disciplines: [{ personIndex: cast.disciplined, ...DISCIPLINE }],
    accountLinks: [
      { username: 'canbo', unitKey: null, personIndex: cast.officer },
      { username: 'chutich', unitKey: null, personIndex: cast.chair },
      { username: 'truongdonvi', unitKey: 'th', personIndex: cast.schoolHead },
      { username: 'thanhvien', unitKey: null, personIndex: cast.member },
    ],
  };
}

function householdOf(
  organisation: DemoOrganisation,
  { groupName, houseNumber }: { groupName: string; houseNumber: number },
) {
  const household = organisation.households.find(
    (h) => h.groupName === groupName && h.address.startsWith(`Số ${houseNumber},`),
  );
  if (!household) throw new Error(`demo: no household ${houseNumber} in ${groupName}`);
  return { groupName, headName: household.headName, address: household.address };
}

type Cast = Record<keyof typeof CAST, number>;

/**
 * Each person's usual monthly score: the registrants for Chiến sĩ thi đua cơ sở and the weak-month
 * case around 93; the others mostly 81–89, some 90–93, a few 73–78 and rarely one in the sixties.
 */
function scoreLevels(count: number, cast: Cast, elite: Set<number>, random: () => number): number[] {
  return Array.from({ length: count }, (_, i) => {
    const draw = random();
    if (elite.has(i) || i === cast.weakMonth) return 92 + Math.floor(random() * 3);
    if (i === cast.disciplined) return 82;
    if (draw < 0.12) return 90 + Math.floor(random() * 4);
    if (draw < 0.94) return 81 + Math.floor(random() * 9);
    if (draw < 0.99) return 73 + Math.floor(random() * 6);
    return 64;
  });
}

/** Whole points per criterion adding up to `total`: the points lost are spread over the criteria. */
function splitPoints(sheet: ScoringSheet, total: number, random: () => number): CriterionPoints {
  const max = sheet.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  const lost = max - total;
  const deductions = sheet.criteria.map((c) => Math.floor((lost * c.maxPoints) / max));
  let rest = lost - deductions.reduce((sum, d) => sum + d, 0);
  while (rest > 0) {
    const i = Math.floor(random() * deductions.length);
    if (deductions[i]! < sheet.criteria[i]!.maxPoints) {
      deductions[i]! += 1;
      rest -= 1;
    }
  }
  return Object.fromEntries(sheet.criteria.map((c, i) => [c.code, c.maxPoints - deductions[i]!]));
}

/** Months the head's score is set rather than drawn, with the head's comment. */
function fixedMonths(year: number, cast: Cast): Map<string, { head: number; self: number; comment: string }> {
  const key = (person: number, month: number) => `${person}:${month}`;
  if (year !== 2025) return new Map();
  return new Map([
    [
      key(cast.weakMonth, 4),
      {
        head: 45,
        self: 72,
        comment:
          'Chậm nộp báo cáo quyết toán quý I, số liệu sai phải điều chỉnh; không hoàn thành nhiệm vụ tháng.',
      },
    ],
    [
      key(cast.disciplined, 8),
      { head: 62, self: 75, comment: 'Để quá hạn 12 hồ sơ hành chính trong tháng.' },
    ],
    [
      key(cast.disciplined, 9),
      { head: 58, self: 70, comment: `Bị kỷ luật khiển trách (${DISCIPLINE_REFERENCE}).` },
    ],
  ]);
}

function scoreMonths(
  year: number,
  months: number,
  levels: number[],
  cast: Cast,
  scorerOf: (i: number) => string,
  pendingScorer: string | null,
  random: () => number,
): DemoMonthlyScore[] {
  const sheet = DEFAULT_SCORING_SHEET;
  const fixed = fixedMonths(year, cast);
  const scores: DemoMonthlyScore[] = [];
  levels.forEach((level, personIndex) => {
    const scorer = scorerOf(personIndex);
    for (let month = 1; month <= months; month++) {
      const set = fixed.get(`${personIndex}:${month}`);
      const drawn = Math.min(98, level + Math.floor(random() * 7) - 3);
      const head = set?.head ?? drawn;
      const self = set?.self ?? Math.min(100, head + [0, 0, 1, 1, 2, 3][Math.floor(random() * 6)]!);
      const selfPoints = splitPoints(sheet, self, random);
      const headPoints = splitPoints(sheet, head, random);
      const pending = month === months && scorer === pendingScorer;
      scores.push({
        personIndex,
        month,
        selfPoints,
        selfScore: totalOfPoints(sheet, selfPoints),
        headPoints: pending ? null : headPoints,
        headScore: pending ? null : totalOfPoints(sheet, headPoints),
        headScoredBy: pending ? null : scorer,
        comment: set?.comment ?? null,
      });
    }
  });
  return scores;
}

/** The grades the officer confirmed: the months' proposal, except the one disciplined cadre. */
function gradesOf(scores: DemoMonthlyScore[], disciplined: number, officerName: string): DemoYearGrade[] {
  const byPerson = new Map<number, DemoMonthlyScore[]>();
  for (const score of scores)
    byPerson.set(score.personIndex, [...(byPerson.get(score.personIndex) ?? []), score]);
  return [...byPerson].map(([personIndex, months]) => {
    const proposal = proposeYearGrade(
      months.map((m) => ({ month: m.month, selfScore: m.selfScore, headScore: m.headScore })),
    );
    if (proposal.grade === null) throw new Error('demo: a 2025 cadre lacks scored months');
    const overridden = personIndex === disciplined;
    return {
      personIndex,
      proposedGrade: proposal.grade,
      average: proposal.average,
      grade: overridden ? 'hoan_thanh' : proposal.grade,
      note: overridden ? OVERRIDE_NOTE : null,
      confirmedBy: officerName,
    };
  });
}

const RETURN_REASON_2025 =
  'Bổ sung bản mô tả sáng kiến đăng ký kèm theo danh hiệu Chiến sĩ thi đua cơ sở, có xác nhận của thủ trưởng đơn vị.';
const RETURN_REASON_2026 =
  'Chưa có sáng kiến hoặc đề tài đăng ký thực hiện trong năm; đề nghị bổ sung kế hoạch sáng kiến năm 2026.';

/** What the registrations are built from. */
interface RegistrationContext {
  people: DemoOrganisation['people'];
  cast: Cast;
  elite: Set<number>;
  levels: number[];
  individualTitle: (i: number) => TitleId;
  officerName: string;
  headName: (unitKey: string) => string;
}

/** An ISO timestamp on `day`, `order` minutes after 8 o'clock, so each list keeps its order. */
const at = (day: string, order: number) => {
  const minutes = 8 * 60 + (order % 600);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${day}T${hh}:${mm}:00+07:00`;
};

class RegistrationList {
  readonly list: DemoRegistration[] = [];
  private order = 0;

  constructor(private readonly officerName: string) {}

  /** Sent by `by` on `day`; then each step of `then`, by the officer unless it names its actor. */
  add(
    subject: DemoSubject,
    title: TitleId,
    by: string,
    day: string,
    then: { status: RegistrationStatus; day: string; reason?: string; by?: string }[],
  ): void {
    const order = this.order++;
    const events: DemoRegistrationEvent[] = [
      { status: 'submitted', reason: null, actorName: by, at: at(day, order) },
      ...then.map((step) => ({
        status: step.status,
        reason: step.reason ?? null,
        actorName: step.by ?? this.officerName,
        at: at(step.day, order),
      })),
    ];
    const last = events.at(-1)!;
    this.list.push({
      subject,
      title,
      status: last.status,
      returnReason: last.status === 'returned' ? last.reason : null,
      events,
    });
  }
}

const unitTitle = (unitKey: string): TitleId =>
  EXCELLENT_UNITS.includes(unitKey) ? 'tap_the_lao_dong_xuat_sac' : 'tap_the_lao_dong_tien_tien';

/** The day a unit sent its list: the units take turns over a week. */
const sendingDay = (year: number, unitKey: string) =>
  `${year}-02-${String(17 + (DEMO_UNITS.findIndex((u) => u.key === unitKey) % 8)).padStart(2, '0')}`;

/** A few cadres with low usual scores do not aim for a title. */
const aimsForTitle = (ctx: RegistrationContext, i: number) =>
  ctx.levels[i]! >= 76 || Object.values(ctx.cast).includes(i);

/**
 * 2025: every unit but the trade union and nearly every person, sent by the units' heads in
 * February and accepted by the officer in March; one Chiến sĩ thi đua cơ sở registration was
 * returned for a missing document and sent again by its owner.
 */
function registrations2025(ctx: RegistrationContext): DemoRegistration[] {
  const list = new RegistrationList(ctx.officerName);
  const accepted = [{ status: 'accepted' as const, day: '2025-03-25' }];
  for (const unit of DEMO_UNITS) {
    if (UNITS_NOT_REGISTERING.includes(unit.key)) continue;
    list.add(
      { unitKey: unit.key },
      unitTitle(unit.key),
      ctx.headName(unit.key),
      sendingDay(2025, unit.key),
      accepted,
    );
  }
  ctx.people.forEach((person, i) => {
    if (!aimsForTitle(ctx, i)) return;
    const by = ctx.headName(person.unitKey);
    const day = sendingDay(2025, person.unitKey);
    list.add({ personIndex: i }, ctx.individualTitle(i), by, day, accepted);
    if (!ctx.elite.has(i)) return;
    const steps =
      i === ctx.cast.teacher
        ? [
            { status: 'returned' as const, day: '2025-03-03', reason: RETURN_REASON_2025 },
            { status: 'submitted' as const, day: '2025-03-10', by: person.fullName },
            ...accepted,
          ]
        : accepted;
    list.add({ personIndex: i }, 'chien_si_thi_dua_co_so', by, day, steps);
  });
  return list.list;
}

/**
 * 2026, late November: most units and people registered and accepted; the primary school's list
 * still waits for the officer; some people (the member account among them) have not registered;
 * one registration is returned and not yet completed, one withdrawn, one added by the officer
 * after the deadline.
 */
function registrations2026(ctx: RegistrationContext, random: () => number): DemoRegistration[] {
  const list = new RegistrationList(ctx.officerName);
  const acceptedOn = (day: string) => [{ status: 'accepted' as const, day }];
  const statusFor = (unitKey: string) => (unitKey === 'th' ? [] : acceptedOn('2026-03-26'));
  for (const unit of DEMO_UNITS) {
    if (UNITS_NOT_REGISTERED_2026.includes(unit.key)) continue;
    list.add(
      { unitKey: unit.key },
      unitTitle(unit.key),
      ctx.headName(unit.key),
      sendingDay(2026, unit.key),
      statusFor(unit.key),
    );
  }
  const { cast } = ctx;
  ctx.people.forEach((person, i) => {
    const isCast = Object.values(cast).includes(i);
    const notYet =
      i === cast.member || !aimsForTitle(ctx, i) || (!isCast && !ctx.elite.has(i) && random() < 0.14);
    if (notYet) return;
    if (i === cast.late) {
      list.add(
        { personIndex: i },
        ctx.individualTitle(i),
        ctx.officerName,
        '2026-04-14',
        acceptedOn('2026-04-14'),
      );
      return;
    }
    const by = ctx.headName(person.unitKey);
    const day = sendingDay(2026, person.unitKey);
    const steps = i === cast.schoolHead ? acceptedOn('2026-03-26') : statusFor(person.unitKey);
    list.add({ personIndex: i }, ctx.individualTitle(i), by, day, steps);
    if (ctx.elite.has(i)) list.add({ personIndex: i }, 'chien_si_thi_dua_co_so', by, day, steps);
    if (i === cast.returned2026) {
      list.add({ personIndex: i }, 'chien_si_thi_dua_co_so', by, day, [
        { status: 'returned', day: '2026-03-06', reason: RETURN_REASON_2026 },
      ]);
    }
    if (i === cast.withdrew2026) {
      list.add({ personIndex: i }, 'chien_si_thi_dua_co_so', by, day, [
        {
          status: 'withdrawn',
          day: '2026-03-12',
          reason: 'Chưa có sáng kiến, xin đăng ký lại năm sau.',
          by: person.fullName,
        },
      ]);
    }
  });
  return list.list;
}
