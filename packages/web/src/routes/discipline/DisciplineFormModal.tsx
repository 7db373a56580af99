import { App, Form, Input, Select, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORMS,
  type DisciplineForm,
  type DisciplineView,
  DisciplineInputSchema,
} from '@thidua/domain';
import { useSaveDiscipline } from '../../api/scoring-hooks';
import { FormModal } from '../../shell/FormModal';
import { PersonPicker } from '../../shell/RecordPickers';
import { useCommuneId } from '../../shell/commune-scope';
import { DateInput, fromIsoDate, isFutureDate, toIsoDate } from '../../shell/record-fields';
import { fieldRules } from '../../shell/form-rules';

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
const effectiveUntil = fieldRules(DisciplineInputSchema, 'effectiveUntil');

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
      <Form.Item name="personId" {...fieldRules(DisciplineInputSchema, 'personId')}>
        <PersonPicker communeId={communeId} knownLabel={discipline?.personName} />
      </Form.Item>
      <Form.Item name="form" {...fieldRules(DisciplineInputSchema, 'form')}>
        <Select options={FORM_OPTIONS} />
      </Form.Item>
      <Form.Item name="decisionNumber" {...fieldRules(DisciplineInputSchema, 'decisionNumber')}>
        <Input maxLength={100} placeholder="Ví dụ: 25/QĐ-UBND" />
      </Form.Item>
      <Form.Item name="decidedOn" {...fieldRules(DisciplineInputSchema, 'decidedOn')}>
        <DateInput disabledDate={isFutureDate} />
      </Form.Item>
      <Form.Item
        name="effectiveUntil"
        label={effectiveUntil.label}
        rules={[...effectiveUntil.rules, ...effectiveUntilRules]}
        dependencies={['decidedOn']}

        extra="Để trống: chỉ tính là bị kỷ luật trong năm ra quyết định."
      >
        <DateInput />
      </Form.Item>
      <Form.Item name="reason" {...fieldRules(DisciplineInputSchema, 'reason')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
