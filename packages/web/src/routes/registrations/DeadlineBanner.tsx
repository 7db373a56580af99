import { Alert, Typography } from 'antd';
import { formatDateVi, type MyRegistrations } from '@thidua/domain';

/** «Còn 5 ngày», «Hạn cuối 31/01/2026»: the deadline in a sentence, or that none is set. */
function deadlineText(mine: MyRegistrations): string {
  if (mine.deadline === null) return `Chưa đặt hạn đăng ký thi đua năm ${mine.year}.`;
  if (!mine.open)
    return `Đã hết hạn đăng ký thi đua năm ${mine.year} (hạn cuối ${formatDateVi(mine.deadline)}).`;
  return `Hạn đăng ký thi đua năm ${mine.year}: ${formatDateVi(mine.deadline)} (còn ${mine.daysLeft} ngày).`;
}

/**
 * For a user who has not registered yet: how many days are left (or that the deadline has passed,
 * or is not set), and for whom they still have to register. Others read the deadline in one line.
 */
export function DeadlineBanner({ mine }: { mine: MyRegistrations }) {
  if (mine.hasRegistered) {
    return (
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {deadlineText(mine)}
      </Typography.Paragraph>
    );
  }
  const missing = mine.subjects.filter((subject) => !subject.registered).map((subject) => subject.name);
  const forWhom = `Chưa có đăng ký cho: ${missing.join(', ')}.`;
  if (!mine.open) {
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 16 }}
        title="Đã hết hạn đăng ký"
        description={`${deadlineText(mine)} ${forWhom} Hãy liên hệ cán bộ thi đua – khen thưởng để được đăng ký.`}
      />
    );
  }
  if (mine.daysLeft === null) {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`Chưa đặt hạn đăng ký thi đua năm ${mine.year}`}
        description={`${forWhom} Hãy đăng ký các danh hiệu phấn đấu trong năm bằng nút «Đăng ký».`}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={`Còn ${mine.daysLeft} ngày để đăng ký thi đua năm ${mine.year}`}
      description={`Hạn cuối ${formatDateVi(mine.deadline!)}. ${forWhom} Bấm «Đăng ký» để đăng ký danh hiệu phấn đấu.`}
    />
  );
}
