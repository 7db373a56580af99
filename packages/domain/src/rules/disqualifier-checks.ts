import type { CaseContext } from './case-context';
import { checkOf, type Check } from './check';
import { unknownFact, type Outcome } from './criterion-checks';
import { monthsServedInYear } from './dates';
import type { RowOf } from './rule-row';

/** Whether a disqualifier row speaks about this subject and this award. */
export function disqualifierApplies(
  row: RowOf<'disqualifier'>,
  context: CaseContext,
  award: RowOf<'award'>,
): boolean {
  if (!row.subjects.includes(context.nominee.kind)) return false;
  if (row.appliesTo === 'all') return true;
  if (row.appliesTo === 'titles') return award.kind === 'title';
  return row.appliesTo.includes(award.award);
}

export function disqualifierCheck(row: RowOf<'disqualifier'>, context: CaseContext): Check {
  const result = evaluateDisqualifier(row, context);
  return checkOf(row, result.status, result.code, result.params);
}

function evaluateDisqualifier(row: RowOf<'disqualifier'>, context: CaseContext): Outcome {
  const { year } = context;
  const record = context.recordOf(year);
  const rule = row.rule;
  switch (rule.kind) {
    case 'min_service_months': {
      const start = context.nominee.serviceStart;
      if (start === undefined) return unknownFact('Ngày bắt đầu công tác');
      const months = monthsServedInYear(start, year);
      const params = { months, year, required: rule.months };
      return months >= rule.months
        ? { status: 'passed', code: 'RULE_SERVICE_MONTHS_MET', params }
        : { status: 'failed', code: 'RULE_SERVICE_MONTHS_SHORT', params };
    }
    case 'disciplined_in_year':
      if (record?.disciplined === undefined) return unknownFact(`Kỷ luật năm ${year}`);
      return record.disciplined
        ? { status: 'failed', code: 'RULE_DISCIPLINED_IN_YEAR', params: { year } }
        : { status: 'passed', code: 'RULE_NOT_DISCIPLINED', params: { year } };
    case 'absence_days': {
      const days = record?.absentWorkingDays;
      if (days === undefined) return unknownFact(`Số ngày nghỉ năm ${year}`);
      const params = { days, year, limit: rule.days };
      return days >= rule.days
        ? {
            status: 'failed',
            code: 'RULE_ABSENCE_TOO_LONG',
            params: { ...params, award: context.nameOf(context.nomination.award) },
          }
        : { status: 'passed', code: 'RULE_ABSENCE_WITHIN_LIMIT', params };
    }
    case 'pending_review':
      if (record?.underReview === undefined) return unknownFact(`Xem xét kỷ luật, thanh tra năm ${year}`);
      return record.underReview
        ? { status: 'failed', code: 'RULE_PENDING_REVIEW', params: {} }
        : { status: 'passed', code: 'RULE_NO_PENDING_REVIEW', params: {} };
    case 'household_grounds':
      if (record?.householdRefusalGrounds === undefined)
        return { status: 'needs_judgement', code: 'RULE_JUDGEMENT', params: { criterion: rule.text } };
      return record.householdRefusalGrounds
        ? { status: 'failed', code: 'RULE_HOUSEHOLD_REFUSAL_GROUNDS', params: { year, grounds: rule.text } }
        : { status: 'passed', code: 'RULE_HOUSEHOLD_NO_GROUNDS', params: { year } };
  }
}
