import { caseContext, type CaseContext } from './case-context';
import { checkOf, verdictOf, type Check, type Verdict } from './check';
import { criterionCheck } from './criterion-checks';
import { disqualifierApplies, disqualifierCheck } from './disqualifier-checks';
import type { AwardId } from './ids';
import { AUTHORITY_LABELS, awardLabel, COLLECTIVE_TYPE_LABELS, SUBJECT_LABELS } from './labels';
import type { NominationCase } from './nomination-input';
import type { RowOf } from './rule-row';
import type { RuleSet } from './rule-set';

export interface NominationEvaluation {
  verdict: Verdict;
  /** The regime and date the answer was given under, to store beside it. */
  regime: RowOf<'regime'>['regime'];
  asOf: string;
  checks: Check[];
}

/**
 * Checks one nomination against the rules of `ruleSet` (the rules in force on the decision date):
 * the award exists then, is for this kind of subject, who decides it, the disqualifiers and every
 * criterion with its article. What software cannot judge is `needs_judgement`, never passed.
 * Codes: RULE_AWARD_NOT_IN_FORCE, RULE_SUBJECT_*, RULE_AUTHORITY_*, and those of the criteria.
 */
export function evaluateNomination(input: NominationCase, ruleSet: RuleSet): NominationEvaluation {
  const data = { ...input, history: input.history ?? [], yearRecords: input.yearRecords ?? [] };
  const checks = checksFor(data.nomination.award, data, ruleSet);
  return { verdict: verdictOf(checks), regime: ruleSet.regime.regime, asOf: ruleSet.asOf, checks };
}

type CaseData = Parameters<typeof caseContext>[0];

function checksFor(award: AwardId, data: CaseData, ruleSet: RuleSet): Check[] {
  const row = ruleSet.awards.get(award);
  if (!row)
    return [
      checkOf({ ...ruleSet.regime, id: `award.${award}` }, 'failed', 'RULE_AWARD_NOT_IN_FORCE', {
        award: awardLabel(award),
        date: ruleSet.asOf,
      }),
    ];
  // A prerequisite of the same year (Lao động tiên tiến for Chiến sĩ thi đua cơ sở) is judged on the same facts.
  const verdictFor = (other: AwardId) =>
    verdictOf(
      checksFor(other, { ...data, nomination: { year: data.nomination.year, award: other } }, ruleSet),
    );
  const context = caseContext(data, ruleSet, verdictFor);
  const subject = subjectCheck(row, context);
  if (subject.status === 'failed') return [subject];
  return [
    subject,
    ...authorityCheck(context),
    ...ruleSet.disqualifiers
      .filter((d) => disqualifierApplies(d, context, row))
      .map((d) => disqualifierCheck(d, context)),
    ...(ruleSet.criteria.get(award) ?? [])
      .filter((c) => c.subjects === undefined || c.subjects.includes(context.nominee.kind))
      .map((c) => criterionCheck(c, context)),
  ];
}

function subjectCheck(row: RowOf<'award'>, context: CaseContext): Check {
  const { nominee } = context;
  const base = { award: row.name, subject: SUBJECT_LABELS[nominee.kind] };
  const allowed = row.subjects.map((s) => SUBJECT_LABELS[s]).join(', ');
  if (!row.subjects.includes(nominee.kind))
    return checkOf(row, 'failed', 'RULE_SUBJECT_MISMATCH', { ...base, allowed });
  if (row.collectiveType && nominee.kind === 'collective') {
    const wanted = COLLECTIVE_TYPE_LABELS[row.collectiveType];
    if (nominee.collectiveType === undefined)
      return checkOf(row, 'needs_judgement', 'RULE_FACT_UNKNOWN', { fact: 'Loại tập thể (collectiveType)' });
    if (nominee.collectiveType !== row.collectiveType)
      return checkOf(row, 'failed', 'RULE_SUBJECT_MISMATCH', {
        ...base,
        subject: COLLECTIVE_TYPE_LABELS[nominee.collectiveType],
        allowed: wanted,
      });
    return checkOf(row, 'passed', 'RULE_SUBJECT_MATCHES', { ...base, subject: wanted });
  }
  if (row.population) {
    const armed = nominee.armedForces === true;
    const fits = (row.population === 'armed_forces') === armed;
    const label = (isArmed: boolean) =>
      isArmed ? 'cá nhân trong lực lượng vũ trang' : 'cá nhân ngoài lực lượng vũ trang';
    if (!fits)
      return checkOf(row, 'failed', 'RULE_SUBJECT_MISMATCH', {
        ...base,
        subject: label(armed),
        allowed: label(!armed),
      });
    return checkOf(row, 'passed', 'RULE_SUBJECT_MATCHES', { ...base, subject: label(armed) });
  }
  return checkOf(row, 'passed', 'RULE_SUBJECT_MATCHES', base);
}

/** Who signs: the commune chair, or a higher level the commune proposes to (legal-rules.md §3). */
function authorityCheck(context: CaseContext): Check[] {
  const award = context.nomination.award;
  const row = context.ruleSet.authorities.get(award);
  if (!row) return [];
  const name = context.nameOf(award);
  const authority = AUTHORITY_LABELS[row.decidedBy];
  const claimed = context.nomination.decidedBy;
  if (claimed !== undefined && claimed !== row.decidedBy)
    return [
      checkOf(row, 'failed', 'RULE_AUTHORITY_EXCEEDED', {
        decidedBy: AUTHORITY_LABELS[claimed],
        award: name,
        authority,
      }),
    ];
  if (row.decidedBy === 'commune_chair')
    return [checkOf(row, 'passed', 'RULE_AUTHORITY_COMMUNE_CHAIR', { award: name })];
  // The commune's police and military units nominate through their own chain, not to the chair.
  if (row.decidedBy === 'armed_forces')
    return [checkOf(row, 'passed', 'RULE_AUTHORITY_ARMED_FORCES', { award: name, authority })];
  return [checkOf(row, 'passed', 'RULE_AUTHORITY_PROPOSE_UPWARD', { award: name, authority })];
}
