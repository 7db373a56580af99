import type { CaseContext } from './case-context';
import { checkOf, type Check, type CheckStatus } from './check';
import { achievedIn, consecutiveRun, type ConsecutiveRun } from './consecutive-run';
import { describeCriterion, describeShareRequirement } from './describe';
import { gradeAtLeast, type AwardId, type Grade } from './ids';
import { formatYears, GRADE_LABELS, MEMBER_FIELD_LABELS } from './labels';
import type { YearRecord } from './nomination-input';
import type { Criterion, LeafCriterion, RowOf } from './rule-row';
import type { RuleMessageCode } from './rule-messages';

/** What one criterion says about one case, before the row's citation is attached. */
export interface Outcome {
  status: CheckStatus;
  code: RuleMessageCode;
  params: Record<string, string | number>;
}

const outcome = (status: CheckStatus, code: RuleMessageCode, params: Outcome['params'] = {}): Outcome => ({
  status,
  code,
  params,
});

/** A fact the rule needs is absent from the case: a person must supply or judge it. */
export const unknownFact = (fact: string): Outcome =>
  outcome('needs_judgement', 'RULE_FACT_UNKNOWN', { fact });

export function criterionCheck(row: RowOf<'criterion'>, context: CaseContext): Check {
  const result = evaluateCriterion(row.criterion, context);
  return checkOf(row, result.status, result.code, result.params);
}

function evaluateCriterion(criterion: Criterion, context: CaseContext): Outcome {
  if (criterion.kind !== 'any_of') return evaluateLeaf(criterion, context);
  const results = criterion.of.map((leaf) => ({ leaf, result: evaluateLeaf(leaf, context) }));
  const met = results.find(({ result }) => result.status === 'passed');
  if (met) return outcome('passed', 'RULE_ANY_OF_MET', { met: describeCriterion(met.leaf) });
  const options = criterion.of.map(describeCriterion).join('; ');
  return results.some(({ result }) => result.status === 'needs_judgement')
    ? outcome('needs_judgement', 'RULE_ANY_OF_UNKNOWN', { options })
    : outcome('failed', 'RULE_ANY_OF_NOT_MET', { options });
}

function evaluateLeaf(criterion: LeafCriterion, context: CaseContext): Outcome {
  const { year } = context;
  const record = context.recordOf(year);
  switch (criterion.kind) {
    case 'grade_at_least':
      return gradeOutcome(record, year, criterion.grade);
    case 'holds_title_in_year':
      return titleInYear(criterion.awards, context);
    case 'initiatives_in_year':
    case 'research_in_year':
      return countInYear(criterion.kind, criterion.min, record, year);
    case 'consecutive_awards':
      return consecutiveAwards(criterion.award, criterion.years, context);
    case 'consecutive_grades_with_initiatives':
      return gradesWithInitiatives(criterion, context);
    case 'after_prior_award':
      return afterPriorAward(criterion, context);
    case 'member_share':
    case 'member_count_at_least':
      return memberCount(criterion, record);
    case 'no_member_disciplined': {
      const count = record?.membersDisciplinedCanhCaoOrAbove;
      if (count === undefined) return unknownFact(`Số thành viên bị kỷ luật từ cảnh cáo năm ${year}`);
      return count === 0
        ? outcome('passed', 'RULE_NO_MEMBER_DISCIPLINED', { year })
        : outcome('failed', 'RULE_MEMBER_DISCIPLINED', { year, count });
    }
    case 'judgement':
      return outcome('needs_judgement', 'RULE_JUDGEMENT', { criterion: criterion.text });
  }
}

function gradeOutcome(record: YearRecord | undefined, year: number, required: Grade): Outcome {
  if (!record?.grade) return unknownFact(`Xếp loại năm ${year}`);
  const params = { year, grade: GRADE_LABELS[record.grade], required: GRADE_LABELS[required] };
  return gradeAtLeast(record.grade, required)
    ? outcome('passed', 'RULE_GRADE_MET', params)
    : outcome('failed', 'RULE_GRADE_NOT_MET', params);
}

/** Armed forces hold Chiến sĩ tiên tiến where others hold Lao động tiên tiến (Luật 2022 Điều 24). */
function titleInYear(awards: readonly AwardId[], context: CaseContext): Outcome {
  const { year } = context;
  const held = awards.find((award) => context.yearsHolding(award).has(year));
  if (held) return outcome('passed', 'RULE_TITLE_IN_YEAR_HELD', { title: context.nameOf(held), year });
  const own =
    awards.find((award) => {
      const population = context.ruleSet.awards.get(award)?.population;
      return population === (context.nominee.armedForces ? 'armed_forces' : 'civilian');
    }) ?? awards[0]!;
  const params = { title: context.nameOf(own), year };
  return context.verdictFor(own) === 'ineligible'
    ? outcome('failed', 'RULE_TITLE_IN_YEAR_MISSING', params)
    : outcome('needs_judgement', 'RULE_TITLE_IN_YEAR_PENDING', params);
}

function countInYear(
  kind: 'initiatives_in_year' | 'research_in_year',
  required: number,
  record: YearRecord | undefined,
  year: number,
): Outcome {
  const isInitiative = kind === 'initiatives_in_year';
  const count = isInitiative ? record?.recognisedInitiatives : record?.acceptedResearch;
  if (count === undefined)
    return unknownFact(isInitiative ? `Số sáng kiến năm ${year}` : `Số đề tài khoa học năm ${year}`);
  const params = { count, year, required };
  if (count >= required)
    return outcome('passed', isInitiative ? 'RULE_INITIATIVES_MET' : 'RULE_RESEARCH_MET', params);
  return outcome('failed', isInitiative ? 'RULE_INITIATIVES_SHORT' : 'RULE_RESEARCH_SHORT', params);
}

function runOfAward(award: AwardId, endYear: number, context: CaseContext): ConsecutiveRun {
  const step = context.ruleSet.awards.get(award)?.periodYears ?? 1;
  return consecutiveRun(achievedIn(context.yearsHolding(award)), endYear, {
    step,
    startAfter: context.usedUntil,
  });
}

/**
 * `years` consecutive `award`s ending in the year considered. When that year's own title is still
 * to be decided in the same round, the run up to the year before counts, pending that title.
 */
function consecutiveAwards(award: AwardId, required: number, context: CaseContext): Outcome {
  const { year } = context;
  const name = context.nameOf(award);
  const run = runOfAward(award, year, context);
  const params = { award: name, required, year, count: run.length, years: formatYears(run.years) };
  if (run.length >= required) return outcome('passed', 'RULE_CONSECUTIVE_AWARDS_MET', params);
  if (run.length > 0) return outcome('failed', 'RULE_CONSECUTIVE_AWARDS_SHORT', params);
  // The year considered is not held yet: count the run up to the period before it.
  const step = context.ruleSet.awards.get(award)?.periodYears ?? 1;
  const before = runOfAward(award, year - step, context);
  const beforeParams = { ...params, count: before.length, years: formatYears(before.years) };
  if (before.length >= required - 1 && context.verdictFor(award) !== 'ineligible')
    return outcome('needs_judgement', 'RULE_CONSECUTIVE_AWARDS_PENDING', beforeParams);
  return outcome('failed', 'RULE_CONSECUTIVE_AWARDS_SHORT', beforeParams);
}

/** The run of years graded `grade` or better ending in the year considered; unknown grades break it. */
function gradeRun(grade: Grade, context: CaseContext, startAfter: number | undefined): ConsecutiveRun {
  const outcomes = context.yearRecords.map((record) => ({
    year: record.year,
    achieved: record.grade !== undefined && gradeAtLeast(record.grade, grade),
  }));
  return consecutiveRun(outcomes, context.year, { startAfter });
}

/** A run cut short by a year whose grade is not recorded is a question, not a failure. */
function shortRun(run: ConsecutiveRun, grade: Grade, required: number, context: CaseContext): Outcome {
  const breaker = run.brokenBy;
  if (
    breaker !== null &&
    context.recordOf(breaker)?.grade === undefined &&
    breaker >= context.year - required + 1
  )
    return unknownFact(`Xếp loại năm ${breaker}`);
  return outcome('failed', 'RULE_CONSECUTIVE_GRADES_SHORT', {
    required,
    grade: GRADE_LABELS[grade],
    year: context.year,
    count: run.length,
    years: formatYears(run.years),
  });
}

/** Bằng khen cấp tỉnh, second path: excellent years with initiatives not already used for a title. */
function gradesWithInitiatives(
  criterion: Extract<LeafCriterion, { kind: 'consecutive_grades_with_initiatives' }>,
  context: CaseContext,
): Outcome {
  const run = gradeRun(criterion.grade, context, context.usedUntil);
  if (run.length < criterion.years) return shortRun(run, criterion.grade, criterion.years, context);
  const window = run.years.slice(-criterion.years);
  let available = 0;
  let unknown = false;
  for (const y of window) {
    const count = context.recordOf(y)?.recognisedInitiatives;
    if (count === undefined) unknown = true;
    // One initiative of a year that brought `initiativesUsedBy` was spent on that title.
    else available += Math.max(0, count - (context.yearsHolding(criterion.initiativesUsedBy).has(y) ? 1 : 0));
  }
  const years = formatYears(window);
  if (available >= criterion.initiatives)
    return outcome('passed', 'RULE_CONSECUTIVE_GRADES_MET', {
      count: window.length,
      grade: GRADE_LABELS[criterion.grade],
      years,
      initiatives: available,
    });
  if (unknown) return unknownFact(`Số sáng kiến các năm ${years}`);
  return outcome('failed', 'RULE_RUN_INITIATIVES_SHORT', {
    years,
    count: available,
    required: criterion.initiatives,
  });
}

/** Bằng khen của Thủ tướng: after a Bằng khen cấp tỉnh, `years` good years with `count` titles in them. */
function afterPriorAward(
  criterion: Extract<LeafCriterion, { kind: 'after_prior_award' }>,
  context: CaseContext,
): Outcome {
  const { year } = context;
  const firstYearOfWindow = year - criterion.years + 1;
  const priors = [...context.yearsHolding(criterion.prior)].filter((y) => y < firstYearOfWindow);
  const priorName = context.nameOf(criterion.prior);
  if (priors.length === 0)
    return outcome('failed', 'RULE_PRIOR_AWARD_MISSING', { prior: priorName, year: firstYearOfWindow });
  const priorYear = Math.max(...priors);
  const run = gradeRun(criterion.grade, context, Math.max(priorYear, context.usedUntil ?? priorYear));
  if (run.length < criterion.years) return shortRun(run, criterion.grade, criterion.years, context);
  const window = run.years.slice(-criterion.years);
  const held = context.yearsHolding(criterion.award);
  const awards = window.filter((y) => held.has(y)).length;
  const awardName = context.nameOf(criterion.award);
  if (awards < criterion.count)
    return outcome('failed', 'RULE_AWARDS_IN_RUN_SHORT', {
      years: formatYears(window),
      count: awards,
      award: awardName,
      required: criterion.count,
    });
  return outcome('passed', 'RULE_AFTER_PRIOR_AWARD_MET', {
    prior: priorName,
    priorYear,
    count: window.length,
    grade: GRADE_LABELS[criterion.grade],
    years: formatYears(window),
    awards,
    award: awardName,
  });
}

/** Shares and counts of a collective's members, compared in integers (no float at 70 %). */
function memberCount(
  criterion: Extract<LeafCriterion, { kind: 'member_share' | 'member_count_at_least' }>,
  record: YearRecord | undefined,
): Outcome {
  const count = record?.[criterion.field];
  const what = MEMBER_FIELD_LABELS[criterion.field];
  if (count === undefined) return unknownFact(`Số thành viên ${what}`);
  if (criterion.kind === 'member_count_at_least') {
    const params = { count, what, required: criterion.min };
    return count >= criterion.min
      ? outcome('passed', 'RULE_MEMBER_COUNT_MET', params)
      : outcome('failed', 'RULE_MEMBER_COUNT_SHORT', params);
  }
  const members = record?.members;
  if (members === undefined) return unknownFact('Số thành viên của tập thể');
  const { num, den } = criterion.share;
  const met =
    members > 0 &&
    (criterion.comparison === 'more_than' ? count * den > num * members : count * den >= num * members);
  const percent = members > 0 ? `${Math.floor((count * 100) / members)}%` : '0%';
  const params = { count, members, what, percent, requirement: describeShareRequirement(criterion) };
  return met
    ? outcome('passed', 'RULE_MEMBER_SHARE_MET', params)
    : outcome('failed', 'RULE_MEMBER_SHARE_NOT_MET', params);
}
