import { App, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  INITIATIVE_LEVEL_LABELS,
  INITIATIVE_LEVELS,
  type InitiativeLevel,
  type InitiativeView,
  InitiativeRecognitionSchema,
} from '@thidua/domain';
import { useRecogniseInitiative } from '../../api/achievement-hooks';
import { FormModal } from '../../shell/FormModal';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { DateInput, fromIsoDate, toIsoDate } from '../../shell/record-fields';
import { fieldRules } from '../../shell/form-rules';

interface RecognitionValues {
  level: InitiativeLevel;
  recognisedOn: Dayjs;
  decisionNumber: string;
}

const LEVEL_OPTIONS = INITIATIVE_LEVELS.map((level) => ({
  value: level,
  label: INITIATIVE_LEVEL_LABELS[level],
}));

/**
 * «Công nhận sáng kiến» (the officer): the level whose council recognised it, the day and the
 * decision number, all three required together.
 */
export function RecognitionModal({
  initiative,
  onClose,
}: {
  initiative: InitiativeView | null;
  onClose: () => void;
}) {
  const recognise = useRecogniseInitiative(useCommuneId(), useYear().id);
  const { message } = App.useApp();

  const handleSubmit = async (values: RecognitionValues) => {
    await recognise.mutateAsync({
      id: initiative!.id,
      recognition: {
        level: values.level,
        recognisedOn: toIsoDate(values.recognisedOn),
        decisionNumber: values.decisionNumber.trim(),
      },
    });
    void message.success(`Đã ghi nhận việc công nhận sáng kiến «${initiative!.title}».`);
  };

  return (
    <FormModal<RecognitionValues>
      key={initiative?.id ?? 'none'}
      title={initiative ? `Công nhận sáng kiến «${initiative.title}»` : ''}
      okText="Lưu công nhận"
      open={initiative !== null}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={
        initiative?.level
          ? {
              level: initiative.level,
              recognisedOn: fromIsoDate(initiative.recognisedOn),
              decisionNumber: initiative.decisionNumber ?? '',
            }
          : {}
      }
    >
      <Form.Item name="level" {...fieldRules(InitiativeRecognitionSchema, 'level')}>
        <Select options={LEVEL_OPTIONS} placeholder="Chọn cấp" />
      </Form.Item>
      <Form.Item name="recognisedOn" {...fieldRules(InitiativeRecognitionSchema, 'recognisedOn')}>
        <DateInput />
      </Form.Item>
      <Form.Item name="decisionNumber" {...fieldRules(InitiativeRecognitionSchema, 'decisionNumber')}>
        <Input autoComplete="off" placeholder="Ví dụ: 125/QĐ-UBND" />
      </Form.Item>
    </FormModal>
  );
}
