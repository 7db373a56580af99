import { citationOf, type Citation } from './check';
import type { IsoDate } from './dates';
import type { AwardId, SubjectKind } from './ids';
import { formatCoefficient, formatDong, SUBJECT_LABELS } from './labels';
import { formatHundredthsAsDong, roundedReward } from './money';
import type { RuleMessageCode } from './rule-messages';
import { awardName, rewardKey, type RuleSet } from './rule-set';

interface Explained {
  code: RuleMessageCode;
  params: Record<string, string | number>;
}

export interface PaidReward extends Explained {
  paid: true;
  /** Integer đồng. */
  amount: number;
  /** Coefficient × 100 (0.3 → 30), and as written: «0,3». */
  coefficientHundredths: number;
  coefficient: string;
  baseSalary: number;
  roundingUnit: number;
  /** Exact product before rounding, «702.000». */
  unrounded: string;
  citations: { coefficient: Citation; baseSalary: Citation; rounding: Citation };
}

export interface UnpaidReward extends Explained {
  paid: false;
  amount: 0;
  citation: Citation;
}

export type RewardAmount = PaidReward | UnpaidReward;

/**
 * The money an award carries: coefficient × the base salary in force on the decision date, rounded
 * up to the rule's unit, in integer đồng (legal-rules.md §7). `ruleSet` must be the rules as of
 * `decisionDate` (RangeError otherwise: a caller error).
 * Codes: RULE_REWARD_AMOUNT, RULE_REWARD_NO_MONEY, RULE_REWARD_NOT_APPLICABLE.
 */
export function computeRewardAmount(
  award: AwardId,
  subject: SubjectKind,
  decisionDate: IsoDate,
  ruleSet: RuleSet,
): RewardAmount {
  if (ruleSet.asOf !== decisionDate)
    throw new RangeError(`rule set as of ${ruleSet.asOf} used for a decision of ${decisionDate}`);
  const name = awardName(ruleSet, award);
  const base = { award: name, subject: SUBJECT_LABELS[subject] };
  const row = ruleSet.rewards.get(rewardKey(award, subject));
  if (!row) {
    const citation = citationOf(ruleSet.regime);
    return {
      paid: false,
      amount: 0,
      code: 'RULE_REWARD_NOT_APPLICABLE',
      params: { ...base, date: decisionDate, citation: citation.text },
      citation,
    };
  }
  if (row.coefficientHundredths === null) {
    const citation = citationOf(row);
    return {
      paid: false,
      amount: 0,
      code: 'RULE_REWARD_NO_MONEY',
      params: { ...base, citation: citation.text },
      citation,
    };
  }
  const { baseSalary, rounding } = ruleSet;
  const money = roundedReward(row.coefficientHundredths, baseSalary.amount, rounding.unit);
  const citations = {
    coefficient: citationOf(row),
    baseSalary: citationOf(baseSalary),
    rounding: citationOf(rounding),
  };
  const coefficient = formatCoefficient(row.coefficientHundredths);
  const unrounded = formatHundredthsAsDong(money.unroundedHundredths);
  const amount = Number(money.amount);
  return {
    paid: true,
    amount,
    coefficientHundredths: row.coefficientHundredths,
    coefficient,
    baseSalary: baseSalary.amount,
    roundingUnit: rounding.unit,
    unrounded,
    citations,
    code: 'RULE_REWARD_AMOUNT',
    params: {
      ...base,
      coefficient,
      baseSalary: formatDong(baseSalary.amount),
      unrounded,
      unit: formatDong(rounding.unit),
      amount: formatDong(amount),
      citation: `${citations.coefficient.text}; mức lương cơ sở: ${citations.baseSalary.text}; làm tròn: ${citations.rounding.text}`,
    },
  };
}
