import type { AwardId } from './ids';
import {
  AUTHORITY_LABELS,
  awardLabel,
  COLLECTIVE_TYPE_LABELS,
  formatCoefficient,
  formatDong,
  formatShare,
  GRADE_LABELS,
  MEMBER_FIELD_LABELS,
  SUBJECT_LABELS,
} from './labels';
import type { Criterion, DisqualifierRule, RuleContent, VoteShareRule } from './rule-row';

const quoted = (award: AwardId) => `«${awardLabel(award)}»`;

const COMPARISON_LABELS = { more_than: 'trên', at_least: 'ít nhất' } as const;

/** «trên 50%», «ít nhất 2/3»: a share requirement in words. */
export function describeShareRequirement(rule: Pick<VoteShareRule, 'comparison' | 'share'>): string {
  return `${COMPARISON_LABELS[rule.comparison]} ${formatShare(rule.share)}`;
}

/** One criterion in Vietnamese: used in `any_of` messages, the CLI and the generated reference. */
export function describeCriterion(criterion: Criterion): string {
  switch (criterion.kind) {
    case 'grade_at_least':
      return `xếp loại từ «${GRADE_LABELS[criterion.grade]}» trở lên`;
    case 'holds_title_in_year':
      return `đạt danh hiệu ${criterion.awards.map(quoted).join(' hoặc ')} trong năm`;
    case 'initiatives_in_year':
      return `có ít nhất ${criterion.min} sáng kiến được công nhận trong năm`;
    case 'research_in_year':
      return `có ít nhất ${criterion.min} đề tài khoa học được nghiệm thu trong năm`;
    case 'consecutive_awards':
      return `${criterion.years} lần liên tục đạt ${quoted(criterion.award)}, lần cuối là năm xét`;
    case 'consecutive_grades_with_initiatives':
      return `${criterion.years} năm liên tục xếp loại từ «${GRADE_LABELS[criterion.grade]}» trở lên, trong đó có ${criterion.initiatives} sáng kiến chưa dùng để xét ${quoted(criterion.initiativesUsedBy)}`;
    case 'after_prior_award':
      return `đã được tặng ${quoted(criterion.prior)}, sau đó ${criterion.years} năm liên tục xếp loại từ «${GRADE_LABELS[criterion.grade]}» trở lên, trong đó có ${criterion.count} lần ${quoted(criterion.award)}`;
    case 'member_share':
      return `${describeShareRequirement(criterion)} thành viên ${MEMBER_FIELD_LABELS[criterion.field]}`;
    case 'member_count_at_least':
      return `ít nhất ${criterion.min} thành viên ${MEMBER_FIELD_LABELS[criterion.field]}`;
    case 'no_member_disciplined':
      return 'không có thành viên bị kỷ luật từ cảnh cáo trở lên trong năm';
    case 'judgement':
      return `(đánh giá) ${criterion.text}`;
    case 'any_of':
      return `một trong các điều kiện: ${criterion.of.map(describeCriterion).join('; ')}`;
  }
}

function describeDisqualifier(rule: DisqualifierRule): string {
  switch (rule.kind) {
    case 'min_service_months':
      return `không xét danh hiệu khi công tác dưới ${rule.months} tháng trong năm`;
    case 'disciplined_in_year':
      return 'không xét danh hiệu khi bị kỷ luật từ khiển trách trở lên trong năm';
    case 'absence_days':
      return `không xét khi nghỉ từ ${rule.days} ngày làm việc trở lên trong năm (trừ nghỉ thai sản)`;
    case 'pending_review':
      return 'không khen thưởng khi đang bị xem xét kỷ luật, thanh tra, điều tra, giải quyết khiếu nại';
    case 'household_grounds':
      return `không công nhận khi có một trong các trường hợp: ${rule.text}`;
  }
}

function describeVoteRule(rule: VoteShareRule): string {
  const base = {
    members: 'tổng số thành viên',
    called: 'số người được triệu tập',
    attendees: 'số người dự họp',
  }[rule.base];
  return `${describeShareRequirement(rule)} ${base}`;
}

/** What a row says, in one Vietnamese line (without its dates and source). */
export function describeRow(row: RuleContent): string {
  switch (row.table) {
    case 'regime':
      return `${row.regime}: ${row.name} — ${row.texts.join('; ')}`;
    case 'award': {
      const kind = row.kind === 'title' ? 'Danh hiệu' : 'Hình thức';
      const subjects = row.subjects.map((subject) => SUBJECT_LABELS[subject]).join(', ');
      const collective = row.collectiveType ? ` (${COLLECTIVE_TYPE_LABELS[row.collectiveType]})` : '';
      const armed = row.population === 'armed_forces' ? ' (lực lượng vũ trang)' : '';
      const period = row.periodYears === null ? '' : `; thành tích ${row.periodYears} năm`;
      return `${kind} «${row.name}»: ${subjects}${collective}${armed}${period}`;
    }
    case 'authority':
      return `${quoted(row.award)} do ${AUTHORITY_LABELS[row.decidedBy]} quyết định`;
    case 'criterion': {
      const subjects = row.subjects ? ` (${row.subjects.map((s) => SUBJECT_LABELS[s]).join(', ')})` : '';
      return `${quoted(row.award)}${subjects}: ${describeCriterion(row.criterion)}`;
    }
    case 'disqualifier': {
      const scope =
        row.appliesTo === 'titles'
          ? 'mọi danh hiệu'
          : row.appliesTo === 'all'
            ? 'mọi danh hiệu và hình thức'
            : row.appliesTo.map(quoted).join(', ');
      return `${scope} của ${row.subjects.map((s) => SUBJECT_LABELS[s]).join(', ')}: ${describeDisqualifier(row.rule)}`;
    }
    case 'cap': {
      const mode = { enforce: 'bắt buộc', warn: 'chỉ cảnh báo', off: 'không áp dụng' }[row.mode];
      return `${quoted(row.award)} tối đa ${formatShare(row.share)} số người đạt ${quoted(row.baseAward)} của đơn vị (${mode})`;
    }
    case 'batch':
      return {
        one_award_per_achievement: 'Không đề nghị một danh hiệu, hình thức hai lần cho cùng một thành tích',
        one_form_per_achievement: 'Không tặng nhiều hình thức khen thưởng cho một thành tích',
        highest_title_paid:
          'Nhiều danh hiệu cho cùng thời gian thành tích: chỉ nhận tiền thưởng của danh hiệu cao nhất',
      }[row.rule];
    case 'vote': {
      const awards = row.awards ? row.awards.map(quoted).join(', ') : 'Các danh hiệu, hình thức còn lại';
      const quorum = row.quorum ? `họp khi có ${describeVoteRule(row.quorum)}` : 'không quy định số dự họp';
      return `${awards}: ${quorum}; đồng ý ${describeVoteRule(row.threshold)}`;
    }
    case 'reward':
      return row.coefficientHundredths === null
        ? `${quoted(row.award)} (${SUBJECT_LABELS[row.subject]}): không kèm tiền thưởng`
        : `${quoted(row.award)} (${SUBJECT_LABELS[row.subject]}): hệ số ${formatCoefficient(row.coefficientHundredths)} × mức lương cơ sở`;
    case 'base_salary':
      return `Mức lương cơ sở ${formatDong(row.amount)} đồng/tháng`;
    case 'rounding':
      return `Tiền thưởng làm tròn lên bội số của ${formatDong(row.unit)} đồng`;
  }
}
