import { dayBefore, type Period } from './dates';
import type { RegimeId } from './ids';
import type { Certainty, RuleRow, Source } from './rule-row';

/** The legal documents the rows cite, spelled once. */
export const DOC = {
  LAW_2003: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013)',
  LAW_2022: 'Luật Thi đua, khen thưởng 2022',
  ND_91_2017: 'Nghị định 91/2017/NĐ-CP',
  TT_12_2019: 'Thông tư 12/2019/TT-BNV',
  ND_122_2018: 'Nghị định 122/2018/NĐ-CP',
  ND_98_2023: 'Nghị định 98/2023/NĐ-CP',
  TT_01_2024: 'Thông tư 01/2024/TT-BNV',
  ND_86_2023: 'Nghị định 86/2023/NĐ-CP',
  ND_152_2025: 'Nghị định 152/2025/NĐ-CP',
  ND_129_2025: 'Nghị định 129/2025/NĐ-CP',
  TT_15_2025: 'Thông tư 15/2025/TT-BNV',
} as const;

export function cite(document: string, article: string, clause?: string): Source {
  return clause ? { document, article, clause } : { document, article };
}

/** First days of the regimes (legal-rules.md §1) and of Nghị định 86/2023 on cultural titles. */
export const REGIME_START: Record<RegimeId, string> = {
  // Luật 2003 is in force from 2004-07-01; the product models it with Nghị định 91/2017, in force from 2017-10-01.
  R2003: '2017-10-01',
  R2024: '2024-01-01',
  R2025: '2025-07-01',
};
export const CULTURAL_DECREE_START = '2024-01-30';

/** The earliest day the rule book can answer for. */
export const EARLIEST_RULE_DATE = REGIME_START.R2003;

export function period(from: string, nextStart: string | null): Period {
  return { effectiveFrom: from, effectiveTo: nextStart === null ? null : dayBefore(nextStart) };
}

/** Named periods the tables use again and again. */
export const PERIODS = {
  R2003: period(REGIME_START.R2003, REGIME_START.R2024),
  R2024: period(REGIME_START.R2024, REGIME_START.R2025),
  R2025: period(REGIME_START.R2025, null),
  /** Luật 2022 in force: R2024 and R2025 together. */
  LAW_2022: period(REGIME_START.R2024, null),
  /** Before districts were abolished: R2003 and R2024 together. */
  WITH_DISTRICTS: period(REGIME_START.R2003, REGIME_START.R2025),
  /** Cultural titles under Nghị định 122/2018, which ran until Nghị định 86/2023 took effect. */
  CULTURAL_OLD: period(REGIME_START.R2003, CULTURAL_DECREE_START),
  CULTURAL_NEW: period(CULTURAL_DECREE_START, null),
  ALL: period(REGIME_START.R2003, null),
} as const;

type RowValues<T extends RuleRow['table']> = Omit<
  Extract<RuleRow, { table: T }>,
  'id' | 'effectiveFrom' | 'effectiveTo' | 'source' | 'certainty' | 'note' | 'scope'
>;

export interface Version<T extends RuleRow['table']> {
  period: Period;
  source: Source;
  certainty: Certainty;
  note?: string;
  /** What differs in this version from the values shared by all versions. */
  values?: Partial<RowValues<T>>;
}

/** The dated versions of one rule: the same id, one row per period, each with its own source. */
export function versions<T extends RuleRow['table']>(
  id: string,
  values: RowValues<T>,
  ...list: Version<T>[]
): Extract<RuleRow, { table: T }>[] {
  return list.map(
    (version) =>
      ({
        id,
        ...values,
        ...version.values,
        ...version.period,
        source: version.source,
        certainty: version.certainty,
        ...(version.note ? { note: version.note } : {}),
      }) as Extract<RuleRow, { table: T }>,
  );
}
