import { App, Button, Card, Flex, Steps, Typography } from 'antd';
import {
  canChangeYearStatus,
  isYearLocked,
  YEAR_STATUS_LABELS,
  YEAR_STATUSES,
  type EmulationYearSummary,
  type YearStatus,
} from '@thidua/domain';
import { errorMessage } from '../../api/client';
import { useUpdateYear } from '../../api/year-hooks';
import { useCommuneId } from '../../shell/commune-scope';

const STEP_DESCRIPTIONS: Record<YearStatus, string> = {
  planning: 'Chủ đề, chỉ tiêu, phát động phong trào',
  running: 'Đăng ký, chấm điểm, cập nhật số thực hiện',
  reviewing: 'Xếp loại, bình xét, đề nghị khen thưởng',
  closed: 'Số liệu của năm chỉ còn xem',
};

/**
 * The year's stages as steps, with the moves the officer may make: one step forward, or one back
 * before closing. Closing asks first, because a closed year's records can no longer be changed.
 */
export function YearStageCard({ year, canManage }: { year: EmulationYearSummary; canManage: boolean }) {
  const updateYear = useUpdateYear(useCommuneId(), year.id);
  const { message, modal } = App.useApp();
  const index = YEAR_STATUSES.indexOf(year.status);
  const next = YEAR_STATUSES[index + 1];
  const previous = YEAR_STATUSES[index - 1];

  const moveTo = async (status: YearStatus) => {
    try {
      await updateYear.mutateAsync({ status });
      void message.success(`Năm ${year.year} đã chuyển sang «${YEAR_STATUS_LABELS[status]}».`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  const close = () =>
    modal.confirm({
      title: `Khóa sổ năm thi đua ${year.year}?`,
      content:
        'Sau khi khóa sổ, chỉ tiêu, đăng ký, chấm điểm và mọi số liệu khác của năm chỉ còn xem, không sửa được nữa; năm đã khóa sổ không mở lại được.',
      okText: 'Khóa sổ',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: () => moveTo('closed'),
    });

  const moves = canManage && !isYearLocked(year.status) && (
    <Flex gap={8} wrap>
      {previous && canChangeYearStatus(year.status, previous) && (
        <Button loading={updateYear.isPending} onClick={() => void moveTo(previous)}>
          Trở lại «{YEAR_STATUS_LABELS[previous]}»
        </Button>
      )}
      {next === 'closed' ? (
        <Button danger type="primary" loading={updateYear.isPending} onClick={close}>
          Khóa sổ năm {year.year}
        </Button>
      ) : (
        next && (
          <Button type="primary" loading={updateYear.isPending} onClick={() => void moveTo(next)}>
            Chuyển sang «{YEAR_STATUS_LABELS[next]}»
          </Button>
        )
      )}
    </Flex>
  );

  return (
    <Card title="Giai đoạn" extra={moves}>
      <Steps
        current={index}
        status={isYearLocked(year.status) ? 'finish' : 'process'}
        items={YEAR_STATUSES.map((status) => ({
          title: YEAR_STATUS_LABELS[status],
          content: STEP_DESCRIPTIONS[status],
        }))}
      />
      {isYearLocked(year.status) && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          Năm đã khóa sổ: mọi số liệu của năm chỉ còn xem, không sửa được nữa.
        </Typography.Paragraph>
      )}
    </Card>
  );
}
