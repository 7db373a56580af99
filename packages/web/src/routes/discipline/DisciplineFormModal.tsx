import { App, Form, Input, Select, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORMS,
  type DisciplineForm,
  type DisciplineView,
} from '@thidua/domain';
import { useSaveDiscipline } from '../../api/scoring-hooks';
import { FormModal } from '../../shell/FormModal';
import { PersonPicker } from '../../shell/RecordPickers';
import { useCommuneId } from '../../shell/commune-scope';
import { DateInput, fromIsoDate, isFutureDate, toIsoDate } from '../../shell/record-fields';

interface DisciplineValues {
  personId: string;
  form: DisciplineForm;
  decidedOn: Dayjs;
  decisionNumber?: string | null;
  reason: string;
  effectiveUntil?: Dayjs | null;
}

const FORM_OPTIONS = DISCIPLINE_FORMS.map((form) => ({ value: form, label: DISCIPLINE_FORM_LABELS[form] }));

/** The same check as the server: the end of its effect is not before the decision. */
const effectiveUntilRules: FormRule[] = [
  ({ getFieldValue }) => ({
    validator: (_, until: Dayjs | null | undefined) => {
      const decided = getFieldValue('decidedOn') as Dayjs | undefined;
      return until && decided && until.isBefore(decided, 'day')
        ? Promise.reject(new Error('Ngày hết hiệu lực không được trước ngày quyết định.'))
        : Promise.resolve();
    },
  }),
];

/** Records a disciplinary decision or corrects one (`discipline` given). */
export function DisciplineFormModal({
  open,
  discipline,
  onClose,
}: {
  open: boolean;
  discipline: DisciplineView | null;
  onClose: () => void;
}) {
  const communeId = useCommuneId();
  const save = useSaveDiscipline(communeId);
  const { message } = App.useApp();

  const handleSubmit = async (values: DisciplineValues) => {
    await save.mutateAsync({
      id: discipline?.id,
      input: {
        personId: values.personId,
        form: values.form,
        decidedOn: toIsoDate(values.decidedOn)!,
        decisionNumber: values.decisionNumber?.trim() || null,
        reason: values.reason.trim(),
        effectiveUntil: toIsoDate(values.effectiveUntil),
      },
    });
    void message.success(discipline ? 'Đã lưu quyết định kỷ luật.' : 'Đã ghi nhận quyết định kỷ luật.');
  };

  return (
    <FormModal<DisciplineValues>
      key={discipline?.id ?? 'new'}
      title={discipline ? `Sửa quyết định kỷ luật – ${discipline.personName}` : 'Ghi nhận quyết định kỷ luật'}
      okText="Lưu"
      open={open}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={
        discipline
          ? {
              ...discipline,
              decidedOn: fromIsoDate(discipline.decidedOn),
              effectiveUntil: fromIsoDate(discipline.effectiveUntil),
            }
          : { form: 'khien_trach' }
      }
    >
      <Form.Item
        label="Người bị kỷ luật"
        name="personId"
        rules={[{ required: true, message: 'Vui lòng chọn người bị kỷ luật.' }]}
      >
        <PersonPicker communeId={communeId} knownLabel={discipline?.personName} />
      </Form.Item>
      <Form.Item
        label="Hình thức kỷ luật"
        name="form"
        rules={[{ required: true, message: 'Vui lòng chọn hình thức.' }]}
      >
        <Select options={FORM_OPTIONS} />
      </Form.Item>
      <Form.Item label="Số quyết định" name="decisionNumber">
        <Input maxLength={100} placeholder="Ví dụ: 25/QĐ-UBND" />
      </Form.Item>
      <Form.Item
        label="Ngày quyết định"
        name="decidedOn"
        rules={[{ required: true, message: 'Vui lòng nhập ngày quyết định.' }]}
      >
        <DateInput disabledDate={isFutureDate} />
      </Form.Item>
      <Form.Item
        label="Hiệu lực đến ngày"
        name="effectiveUntil"
        dependencies={['decidedOn']}
        rules={effectiveUntilRules}
        extra="Để trống: chỉ tính là bị kỷ luật trong năm ra quyết định."
      >
        <DateInput />
      </Form.Item>
      <Form.Item
        label="Lý do kỷ luật"
        name="reason"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập lý do kỷ luật.' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
