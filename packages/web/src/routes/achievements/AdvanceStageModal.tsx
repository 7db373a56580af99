import { App, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  EXEMPLAR_STAGE_DATE_FIELDS,
  EXEMPLAR_STAGE_LABELS,
  formatDateVi,
  nextExemplarStage,
  type ExemplarView,
} from '@thidua/domain';
import { useMoveExemplar } from '../../api/achievement-hooks';
import { FormModal } from '../../shell/FormModal';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { DateInput, toIsoDate } from '../../shell/record-fields';

/** «Chuyển giai đoạn»: the next stage of the four and the day it was reached (not before the current one's). */
export function AdvanceStageModal({
  exemplar,
  onClose,
}: {
  exemplar: ExemplarView | null;
  onClose: () => void;
}) {
  const move = useMoveExemplar(useCommuneId(), useYear().id);
  const { message } = App.useApp();
  const next = exemplar && nextExemplarStage(exemplar.stage);
  const currentDate = exemplar && exemplar[EXEMPLAR_STAGE_DATE_FIELDS[exemplar.stage]];

  const handleSubmit = async ({ date }: { date: Dayjs }) => {
    await move.mutateAsync({ id: exemplar!.id, advance: { stage: next!, date: toIsoDate(date)! } });
    void message.success(
      `Đã chuyển điển hình ${exemplar!.subjectName} sang giai đoạn «${EXEMPLAR_STAGE_LABELS[next!]}».`,
    );
  };

  return (
    <FormModal<{ date: Dayjs }>
      key={exemplar?.id ?? 'none'}
      title={exemplar && next ? `Chuyển sang giai đoạn «${EXEMPLAR_STAGE_LABELS[next]}»` : ''}
      okText="Chuyển giai đoạn"
      open={exemplar !== null && next !== null}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={{ date: dayjs() }}
    >
      {exemplar && currentDate && (
        <Typography.Paragraph>
          {exemplar.subjectName}: giai đoạn «{EXEMPLAR_STAGE_LABELS[exemplar.stage]}» từ ngày{' '}
          {formatDateVi(currentDate)}.
        </Typography.Paragraph>
      )}
      <Form.Item
        label={next ? `Ngày ${EXEMPLAR_STAGE_LABELS[next].toLowerCase()}` : 'Ngày'}
        name="date"
        rules={[{ required: true, message: 'Vui lòng nhập ngày.' }]}
      >
        <DateInput disabledDate={(date) => currentDate !== null && date.isBefore(currentDate, 'day')} />
      </Form.Item>
    </FormModal>
  );
}
