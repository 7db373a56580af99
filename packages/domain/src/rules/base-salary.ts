import { byRegime, type RuleDeclaration } from './by-regime';
import { dayBefore } from './dates';
import type { RowOf } from './rule-row';
import { cite, DOC } from './sources';

const STEPS = [
  ['2017-07-01', 1_300_000, 'Nghị định 47/2017/NĐ-CP', 'unconfirmed'],
  ['2018-07-01', 1_390_000, 'Nghị định 72/2018/NĐ-CP', 'verified'],
  // The raise planned for 2020 never happened: 1,490,000 stands until mid-2023.
  ['2019-07-01', 1_490_000, 'Nghị định 38/2019/NĐ-CP', 'verified'],
  ['2023-07-01', 1_800_000, 'Nghị định 24/2023/NĐ-CP', 'verified'],
  ['2024-07-01', 2_340_000, 'Nghị định 73/2024/NĐ-CP', 'verified'],
  ['2026-07-01', 2_530_000, 'Nghị định 161/2026/NĐ-CP', 'verified'],
] as const;

/**
 * legal-rules.md §7: the base salary (mức lương cơ sở), đồng per month, from each decree's first
 * day until the next one's. It follows its own decrees, not the regimes, so its rows are dated.
 */
export const BASE_SALARY_ROWS: RowOf<'base_salary'>[] = STEPS.map(
  ([from, amount, document, certainty], index) => {
    const next = STEPS[index + 1]?.[0];
    return {
      id: 'base_salary',
      table: 'base_salary',
      amount,
      effectiveFrom: from,
      effectiveTo: next === undefined ? null : dayBefore(next),
      source: cite(document, 'Điều 3'),
      certainty,
    };
  },
);

/** Rounded up to the next 10,000 đồng (legal-rules.md §7). */
export const ROUNDING_RULES: RuleDeclaration[] = [
  byRegime<'rounding'>(
    'rounding',
    { table: 'rounding', mode: 'up', unit: 10_000 },
    {
      R2003: { source: cite(DOC.ND_91_2017, 'Điều 68'), certainty: 'verified' },
      R2024: { source: cite(DOC.ND_98_2023, 'Điều 53'), certainty: 'verified' },
      R2025: { source: cite(DOC.ND_152_2025, 'Điều 49'), certainty: 'verified' },
    },
  ),
];
