import {
  checkBatch,
  evaluateNomination,
  ruleSetAsOf,
  type AwardId,
  type BatchNomination,
  type Grade,
  type NominationCase,
} from '@thidua/domain';
import { format, progress, table, type Benchmark } from './lib/report';
import { round, spread, type Spread } from './lib/stats';

const DECISION_DATE = '2025-12-20';
const YEAR = 2025;
const HISTORY_YEARS = 5;
const PROVINCE_TARGET_MS = 1_000;

interface Nominated {
  input: NominationCase;
  line: BatchNomination;
}

/** A small deterministic generator (LCG): the same data on every run and every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const AWARD_MIX: readonly [AwardId, number][] = [
  ['lao_dong_tien_tien', 0.6],
  ['chien_si_thi_dua_co_so', 0.8],
  ['chien_si_thi_dua_cap_tinh', 0.85],
  ['bang_khen_chu_tich_tinh', 0.9],
  ['giay_khen_chu_tich_xa', 1],
];
const GRADE_MIX: readonly [Grade, number][] = [
  ['hoan_thanh_xuat_sac', 0.25],
  ['hoan_thanh_tot', 0.85],
  ['hoan_thanh', 0.97],
  ['khong_hoan_thanh', 1],
];
const pick = <T>(mix: readonly [T, number][], r: number): T => mix.find(([, upTo]) => r < upTo)![0];

/** `count` individual nominations of `communes` communes, each person with five years of records and titles. */
function syntheticNominations(count: number, communes: number, seed: number): Nominated[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const award = pick(AWARD_MIX, next());
    const yearRecords = Array.from({ length: HISTORY_YEARS }, (_, k) => ({
      year: YEAR - HISTORY_YEARS + 1 + k,
      grade: pick(GRADE_MIX, next()),
      disciplined: next() < 0.02,
      absentWorkingDays: Math.floor(next() * 50),
      recognisedInitiatives: next() < 0.3 ? 1 : 0,
      underReview: false,
    }));
    const history = yearRecords.flatMap(({ year, grade }) => [
      ...(grade === 'khong_hoan_thanh' || grade === 'hoan_thanh'
        ? []
        : [{ year, award: 'lao_dong_tien_tien' as const }]),
      ...(grade === 'hoan_thanh_xuat_sac' ? [{ year, award: 'chien_si_thi_dua_co_so' as const }] : []),
    ]);
    const nomineeId = `p${i}`;
    const unitId = `c${i % communes}-u${Math.floor(next() * 10)}`;
    return {
      input: {
        nominee: {
          kind: 'individual',
          isLeader: next() < 0.2,
          serviceStart: next() < 0.05 ? '2025-09-01' : '2012-01-01',
        },
        history,
        yearRecords,
        nomination: { year: YEAR, award },
      },
      line: { id: `n${i}`, nomineeId, subjectKind: 'individual', unitId, year: YEAR, award },
    };
  });
}

interface BatchFigures {
  nominations: number;
  ms: Spread;
  nominationsPerSecond: number;
  verdicts: Record<string, number>;
  batchChecks: number;
}

/** Evaluates every nomination and runs the batch checks of the whole list; the median of `runs` timed runs. */
function measure(nominated: Nominated[], runs: number): BatchFigures {
  const once = () => {
    const ruleSet = ruleSetAsOf(DECISION_DATE);
    const verdicts: Record<string, number> = {};
    for (const { input } of nominated) {
      const { verdict } = evaluateNomination(input, ruleSet);
      verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
    }
    const batch = checkBatch(
      nominated.map((n) => n.line),
      ruleSet,
    );
    return { verdicts, batchChecks: batch.checks.length };
  };
  const warm = once();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    once();
    times.push(performance.now() - start);
  }
  const ms = spread(times);
  const rounded = { runs: ms.runs, min: round(ms.min), median: round(ms.median), max: round(ms.max) };
  return {
    nominations: nominated.length,
    ms: rounded,
    nominationsPerSecond: Math.round((nominated.length / ms.median) * 1000),
    ...warm,
  };
}

/**
 * The rules engine on a year's list: every nomination evaluated (history-dependent rules over five
 * years of records) plus the batch checks (caps, duplicates, several titles), all in memory.
 */
export const rulesBatch: Benchmark = {
  name: 'rules-batch',
  title: 'Rules engine: evaluateNomination + batch checks, decision date 2025-12-20',
  async run(options) {
    const runs = options.quick ? 3 : 7;
    progress('rules batch: one commune, 300 nominations');
    const commune = measure(syntheticNominations(300, 1, 1), runs);
    progress('rules batch: one province, 30,000 nominations');
    const province = measure(syntheticNominations(30_000, 120, 2), runs);
    const row = (label: string, f: BatchFigures) => [
      label,
      format.count(f.nominations),
      String(f.ms.runs),
      format.ms(f.ms.min),
      format.ms(f.ms.median),
      format.ms(f.ms.max),
      `${format.count(f.nominationsPerSecond)}/s`,
    ];
    const verdicts = (f: BatchFigures) =>
      Object.entries(f.verdicts)
        .map(([verdict, n]) => `${verdict} ${format.count(n)}`)
        .join(', ');
    return {
      lines: [
        ...table(
          ['', 'nominations', 'runs', 'min', 'median', 'max', 'nominations'],
          [row('one commune', commune), row('one province (5 years of history each)', province)],
        ),
        '',
        `Verdicts (province): ${verdicts(province)}; batch checks: ${format.count(province.batchChecks)}.`,
        `Target: the province batch under ${format.ms(PROVINCE_TARGET_MS)} (median).`,
      ],
      warnings:
        province.ms.median > PROVINCE_TARGET_MS
          ? [
              `the province batch took ${format.ms(province.ms.median)} (median), above the ${format.ms(PROVINCE_TARGET_MS)} target.`,
            ]
          : [],
      figures: { unit: 'ms', commune, province },
    };
  },
};
