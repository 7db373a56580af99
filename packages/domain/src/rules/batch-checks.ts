import { checkOf, type Check } from './check';
import type { AwardId, SubjectKind } from './ids';
import { formatShare } from './labels';
import type { RowOf } from './rule-row';
import { awardName, rewardKey, type RuleSet } from './rule-set';

/** One line of a unit's or commune's list for the year. */
export interface BatchNomination {
  id: string;
  nomineeId: string;
  nomineeName?: string;
  subjectKind: SubjectKind;
  unitId: string;
  unitName?: string;
  year: number;
  award: AwardId;
  /** The achievement rewarded; a yearly title without one rewards that year's work. */
  achievementId?: string;
  isLeader?: boolean;
}

export interface BatchOptions {
  /** People of a unit already holding a cap's base award this year, besides those in the list. */
  alreadyHolding?: readonly { unitId: string; year: number; award: AwardId; count: number }[];
}

/** A batch rule's check, naming the nominations it is about. */
export interface BatchCheck extends Check {
  nominationIds: string[];
}

export interface BatchResult {
  checks: BatchCheck[];
  /** Nominations named by a failed or to-be-judged check, in list order. */
  offending: string[];
  /** Priority for direct workers is a principle to report, not a quota (Luật 2022 Điều 5). */
  summary: { nominations: number; individuals: number; leaders: number; directWorkers: number };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const nomineeLabel = (n: BatchNomination) => n.nomineeName ?? n.nomineeId;
const ids = (list: readonly BatchNomination[]) => list.map((n) => n.id);

/**
 * Checks that concern a whole year's list: the cap on Chiến sĩ thi đua cơ sở, the same award twice
 * for one achievement, several forms for one achievement, and which of several titles carries money.
 * Codes: RULE_CAP_WITHIN, RULE_CAP_EXCEEDED, RULE_CAP_WARNING, RULE_DUPLICATE_AWARD,
 * RULE_SEVERAL_FORMS_ONE_ACHIEVEMENT, RULE_HIGHEST_TITLE_PAID.
 */
export function checkBatch(
  nominations: readonly BatchNomination[],
  ruleSet: RuleSet,
  options: BatchOptions = {},
): BatchResult {
  const checks: BatchCheck[] = [
    ...ruleSet.caps.flatMap((cap) => capChecks(cap, nominations, ruleSet, options)),
    ...duplicateChecks(nominations, ruleSet),
    ...severalFormsChecks(nominations, ruleSet),
    ...highestPaidChecks(nominations, ruleSet),
  ];
  const flagged = new Set(checks.filter((c) => c.status !== 'passed').flatMap((c) => c.nominationIds));
  const individuals = nominations.filter((n) => n.subjectKind === 'individual');
  const leaders = individuals.filter((n) => n.isLeader === true).length;
  return {
    checks,
    offending: nominations.filter((n) => flagged.has(n.id)).map((n) => n.id),
    summary: {
      nominations: nominations.length,
      individuals: individuals.length,
      leaders,
      directWorkers: individuals.length - leaders,
    },
  };
}

function capChecks(
  cap: RowOf<'cap'>,
  nominations: readonly BatchNomination[],
  ruleSet: RuleSet,
  options: BatchOptions,
): BatchCheck[] {
  if (cap.mode === 'off') return [];
  const byUnitYear = groupBy(nominations, (n) => `${n.unitId}\u0000${n.year}`);
  const checks: BatchCheck[] = [];
  for (const group of byUnitYear.values()) {
    const capped = group.filter((n) => n.award === cap.award);
    if (capped.length === 0) continue;
    const { unitId, unitName, year } = group[0]!;
    const holders = new Set(group.filter((n) => n.award === cap.baseAward).map((n) => n.nomineeId)).size;
    const earlier = (options.alreadyHolding ?? [])
      .filter((h) => h.unitId === unitId && h.year === year && h.award === cap.baseAward)
      .reduce((sum, h) => sum + h.count, 0);
    const base = holders + earlier;
    const max = Math.floor((base * cap.share.num) / cap.share.den);
    const params = {
      group: `${unitName ?? unitId}, năm ${year}`,
      count: capped.length,
      award: awardName(ruleSet, cap.award),
      base,
      baseAward: awardName(ruleSet, cap.baseAward),
      share: formatShare(cap.share),
      max,
    };
    const within = capped.length <= max;
    const check = within
      ? checkOf(cap, 'passed', 'RULE_CAP_WITHIN', params)
      : cap.mode === 'enforce'
        ? checkOf(cap, 'failed', 'RULE_CAP_EXCEEDED', params)
        : checkOf(cap, 'needs_judgement', 'RULE_CAP_WARNING', params);
    checks.push({ ...check, nominationIds: ids(capped) });
  }
  return checks;
}

function duplicateChecks(nominations: readonly BatchNomination[], ruleSet: RuleSet): BatchCheck[] {
  const row = ruleSet.batchRules.get('one_award_per_achievement');
  if (!row) return [];
  const groups = groupBy(
    nominations,
    (n) => `${n.nomineeId}\u0000${n.award}\u0000${n.achievementId ?? `year ${n.year}`}`,
  );
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      ...checkOf(row, 'failed', 'RULE_DUPLICATE_AWARD', {
        award: awardName(ruleSet, group[0]!.award),
        count: group.length,
        nominee: nomineeLabel(group[0]!),
      }),
      nominationIds: ids(group),
    }));
}

function severalFormsChecks(nominations: readonly BatchNomination[], ruleSet: RuleSet): BatchCheck[] {
  const row = ruleSet.batchRules.get('one_form_per_achievement');
  if (!row) return [];
  const forms = nominations.filter((n) => ruleSet.awards.get(n.award)?.kind === 'form');
  const groups = groupBy(forms, (n) => (n.achievementId ? `${n.nomineeId}\u0000${n.achievementId}` : null));
  return [...groups.values()]
    .filter((group) => new Set(group.map((n) => n.award)).size > 1)
    .map((group) => ({
      ...checkOf(row, 'failed', 'RULE_SEVERAL_FORMS_ONE_ACHIEVEMENT', {
        nominee: nomineeLabel(group[0]!),
        awards: [...new Set(group.map((n) => `«${awardName(ruleSet, n.award)}»`))].join(', '),
      }),
      nominationIds: ids(group),
    }));
}

/** Titles of one subject for the same achievement period: only the highest amount is paid. */
function highestPaidChecks(nominations: readonly BatchNomination[], ruleSet: RuleSet): BatchCheck[] {
  const row = ruleSet.batchRules.get('highest_title_paid');
  if (!row) return [];
  const titles = nominations.filter((n) => ruleSet.awards.get(n.award)?.kind === 'title');
  const groups = groupBy(
    titles,
    (n) => `${n.nomineeId}\u0000${n.year}\u0000${ruleSet.awards.get(n.award)?.periodYears}`,
  );
  const coefficient = (n: BatchNomination) =>
    ruleSet.rewards.get(rewardKey(n.award, n.subjectKind))?.coefficientHundredths ?? 0;
  return [...groups.values()]
    .filter((group) => new Set(group.map((n) => n.award)).size > 1)
    .map((group) => {
      const paid = group.reduce((best, n) => (coefficient(n) > coefficient(best) ? n : best));
      const unpaid = [
        ...new Set(
          group.filter((n) => n.award !== paid.award).map((n) => `«${awardName(ruleSet, n.award)}»`),
        ),
      ];
      return {
        ...checkOf(row, 'passed', 'RULE_HIGHEST_TITLE_PAID', {
          nominee: nomineeLabel(paid),
          year: paid.year,
          paid: awardName(ruleSet, paid.award),
          unpaid: unpaid.join(', '),
        }),
        nominationIds: ids(group),
      };
    });
}
