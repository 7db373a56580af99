import { Tag, Typography } from 'antd';
import {
  DEFAULT_SCORING_SCALE,
  formatNumberVi,
  GRADE_LABELS,
  type Grade,
  type YearScoreSummary,
} from '@thidua/domain';

export const scoreText = (score: number | null) => (score === null ? '—' : formatNumberVi(score));

const GRADE_COLORS: Record<Grade, string> = {
  hoan_thanh_xuat_sac: 'green',
  hoan_thanh_tot: 'blue',
  hoan_thanh: 'gold',
  khong_hoan_thanh: 'red',
};

/** A grade with the rules' label: «Hoàn thành xuất sắc nhiệm vụ» … */
export function GradeTag({ grade }: { grade: Grade }) {
  return <Tag color={GRADE_COLORS[grade]}>{GRADE_LABELS[grade]}</Tag>;
}

/** What the months propose, or why nothing is proposed yet. */
export function ProposalText({ summary }: { summary: YearScoreSummary }) {
  if (summary.proposedGrade === null) {
    return (
      <Typography.Text type="secondary">
        Chưa đủ {DEFAULT_SCORING_SCALE.minimumMonths} tháng ({summary.monthsScored} tháng đã chấm)
      </Typography.Text>
    );
  }
  return (
    <>
      <GradeTag grade={summary.proposedGrade} />
      {summary.cappedByWeakMonth && (
        <Typography.Text type="secondary">có tháng dưới mức hoàn thành nhiệm vụ</Typography.Text>
      )}
    </>
  );
}
