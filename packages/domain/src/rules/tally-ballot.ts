import { checkOf, type Check } from './check';
import { describeShareRequirement } from './describe';
import type { AwardId } from './ids';
import type { RowOf, VoteShareRule } from './rule-row';
import type { RuleSet } from './rule-set';

export interface BallotCount {
  /** Everyone entitled to vote: the council's members, or the households called to the meeting. */
  members: number;
  /** Those at the meeting. */
  present: number;
  /** Secret-ballot result; absent council members vote in writing, so it may exceed `present`. */
  ballots: { agree: number; against: number; invalid?: number };
}

export interface BallotResult {
  outcome: 'adopted' | 'rejected' | 'no_quorum';
  /** The smallest number of agreeing votes that carries the proposal. */
  required: number;
  checks: Check[];
}

const BASE_LABELS = {
  members: 'thành viên',
  called: 'người được triệu tập',
  attendees: 'người dự họp',
} as const;

/** The vote row for an award: the row naming it, else the council's default row. */
export function voteRuleFor(award: AwardId, ruleSet: RuleSet): RowOf<'vote'> {
  const row =
    ruleSet.votes.find((vote) => vote.awards?.includes(award)) ??
    ruleSet.votes.find((vote) => vote.awards === null);
  if (!row) throw new RangeError(`no vote rule in force on ${ruleSet.asOf}`);
  return row;
}

/** The least count out of `base` that meets the rule: ⌈share·base⌉, or one more than share·base for «more than». */
export function minimumToMeet(rule: Pick<VoteShareRule, 'comparison' | 'share'>, base: number): number {
  const { num, den } = rule.share;
  const product = num * base;
  return rule.comparison === 'at_least' ? Math.ceil(product / den) : Math.floor(product / den) + 1;
}

/**
 * The council's vote on one nomination: the quorum, then the threshold, each counted on the base
 * the rules say (all members, not attendees, for the council: legal-rules.md §6), in integers so
 * that exactly 70 % passes and one vote less does not.
 * Codes: RULE_VOTE_QUORUM_MET, RULE_VOTE_NO_QUORUM, RULE_VOTE_THRESHOLD_MET,
 * RULE_VOTE_THRESHOLD_NOT_MET, RULE_VOTE_BALLOTS_INCONSISTENT.
 */
export function tallyBallot(count: BallotCount, award: AwardId, ruleSet: RuleSet): BallotResult {
  const row = voteRuleFor(award, ruleSet);
  const { members, present } = count;
  const { agree, against, invalid = 0 } = count.ballots;
  const cast = agree + against + invalid;
  const threshold = row.threshold;
  const thresholdBase = threshold.base === 'attendees' ? present : members;
  const required = minimumToMeet(threshold, thresholdBase);

  const inconsistency =
    present > members
      ? `${present} người dự họp nhiều hơn ${members} người được bỏ phiếu`
      : cast > thresholdBase
        ? `${cast} phiếu nhiều hơn ${thresholdBase} ${BASE_LABELS[threshold.base]}`
        : null;
  if (inconsistency)
    return {
      outcome: 'rejected',
      required,
      checks: [checkOf(row, 'failed', 'RULE_VOTE_BALLOTS_INCONSISTENT', { detail: inconsistency })],
    };

  const checks: Check[] = [];
  if (row.quorum) {
    const needed = minimumToMeet(row.quorum, members);
    const params = {
      present,
      base: members,
      baseLabel: BASE_LABELS[row.quorum.base],
      requirement: describeShareRequirement(row.quorum),
    };
    if (present < needed)
      return {
        outcome: 'no_quorum',
        required,
        checks: [checkOf(row, 'failed', 'RULE_VOTE_NO_QUORUM', params)],
      };
    checks.push(checkOf(row, 'passed', 'RULE_VOTE_QUORUM_MET', params));
  }
  const params = {
    agree,
    base: thresholdBase,
    baseLabel: BASE_LABELS[threshold.base],
    requirement: describeShareRequirement(threshold),
    required,
  };
  const adopted = agree >= required;
  checks.push(
    checkOf(
      row,
      adopted ? 'passed' : 'failed',
      adopted ? 'RULE_VOTE_THRESHOLD_MET' : 'RULE_VOTE_THRESHOLD_NOT_MET',
      params,
    ),
  );
  return { outcome: adopted ? 'adopted' : 'rejected', required, checks };
}
