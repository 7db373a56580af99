import type { Verdict } from './check';
import type { AwardId } from './ids';
import type { HistoryEntry, Nomination, Nominee, YearRecord } from './nomination-input';
import { awardName, type RuleSet } from './rule-set';

/** One case, indexed once so that each rule looks its facts up directly. */
export interface CaseContext {
  readonly ruleSet: RuleSet;
  readonly nominee: Nominee;
  readonly nomination: Nomination;
  readonly year: number;
  readonly history: readonly HistoryEntry[];
  readonly yearRecords: readonly YearRecord[];
  recordOf(year: number): YearRecord | undefined;
  /** The years in which the nominee received `award`. */
  yearsHolding(award: AwardId): ReadonlySet<number>;
  /**
   * Years up to this one were already used by an earlier award of the kind nominated: they cannot
   * count again (legal-rules.md §4, «consecutive»).
   */
  readonly usedUntil: number | undefined;
  /** The verdict the same nominee would get for `award` in the same year: a prerequisite decided in the same round. */
  verdictFor(award: AwardId): Verdict;
  /** The award's name as the rule set's date calls it. */
  nameOf(award: AwardId): string;
}

export interface CaseData {
  nominee: Nominee;
  history: readonly HistoryEntry[];
  yearRecords: readonly YearRecord[];
  nomination: Nomination;
}

export function caseContext(
  data: CaseData,
  ruleSet: RuleSet,
  verdictFor: (award: AwardId) => Verdict,
): CaseContext {
  const records = new Map<number, YearRecord>();
  for (const record of data.yearRecords) records.set(record.year, { ...records.get(record.year), ...record });
  const holdings = new Map<AwardId, Set<number>>();
  for (const entry of data.history) {
    const years = holdings.get(entry.award) ?? new Set<number>();
    years.add(entry.year);
    holdings.set(entry.award, years);
  }
  const year = data.nomination.year;
  const earlier = [...(holdings.get(data.nomination.award) ?? [])].filter((y) => y < year);
  const empty: ReadonlySet<number> = new Set();
  return {
    ruleSet,
    nominee: data.nominee,
    nomination: data.nomination,
    year,
    history: data.history,
    yearRecords: data.yearRecords,
    recordOf: (y) => records.get(y),
    yearsHolding: (award) => holdings.get(award) ?? empty,
    usedUntil: earlier.length > 0 ? Math.max(...earlier) : undefined,
    verdictFor,
    nameOf: (award) => awardName(ruleSet, award),
  };
}
