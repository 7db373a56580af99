import { App, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { EXEMPLAR_SUBJECT_TYPES, type ExemplarSubjectType, type ExemplarView } from '@thidua/domain';
import { useSaveExemplar } from '../../api/achievement-hooks';
import { FormModal } from '../../shell/FormModal';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { fromIsoDate, toIsoDate } from '../../shell/record-fields';
import type { FormTarget } from '../../shell/RecordFormModal';
import { SubjectFields, subjectIdOf } from './SubjectFields';
import { YearDateItem } from './YearDateItem';

interface ExemplarValues {
  subjectType: ExemplarSubjectType;
  personId?: string | null;
  unitId?: string | null;
  householdId?: string | null;
  description: string;
  discoveredOn: Dayjs;
}

/** The commune keeps its exemplars: any person, unit or household may be picked. */
const COMMUNE_SCOPE = { kind: 'commune' } as const;

/** «Ghi nhận điển hình»: who, what makes them exemplary, and the day they were discovered. */
export function ExemplarFormModal({
  target,
  onClose,
}: {
  target: FormTarget<ExemplarView>;
  onClose: () => void;
}) {
  const communeId = useCommuneId();
  const year = useYear();
  const save = useSaveExemplar(communeId, year.id);
  const { message } = App.useApp();
  const record = target?.record ?? null;
  const initialValues: Partial<ExemplarValues> = record
    ? { ...record, discoveredOn: fromIsoDate(record.discoveredOn) }
    : { subjectType: 'person' };

  const handleSubmit = async (values: ExemplarValues) => {
    const saved = await save.mutateAsync({
      id: record?.id,
      input: {
        subjectType: values.subjectType,
        personId: subjectIdOf(values.subjectType, 'person', values.personId),
        unitId: subjectIdOf(values.subjectType, 'unit', values.unitId),
        householdId: subjectIdOf(values.subjectType, 'household', values.householdId),
        description: values.description.trim(),
        discoveredOn: toIsoDate(values.discoveredOn)!,
      },
    });
    void message.success(
      record ? `Đã lưu điển hình ${saved.subjectName}.` : `Đã ghi nhận điển hình ${saved.subjectName}.`,
    );
  };

  return (
    <FormModal<ExemplarValues>
      key={record?.id ?? 'new'}
      title={record ? `Sửa điển hình ${record.subjectName}` : 'Ghi nhận điển hình tiên tiến'}
      okText={record ? 'Lưu' : 'Ghi nhận'}
      open={target !== null}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={initialValues}
      width={640}
    >
      <SubjectFields
        label="Điển hình là"
        types={EXEMPLAR_SUBJECT_TYPES}
        scope={COMMUNE_SCOPE}
        knownLabel={record?.subjectName}
      />
      <Form.Item
        label="Nội dung điển hình"
        name="description"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập nội dung điển hình.' },
          { max: 4000, message: 'Tối đa 4.000 ký tự.' },
        ]}
      >
        <Input.TextArea rows={4} placeholder="Ví dụ: Mô hình «Camera an ninh» do nhân dân đóng góp" />
      </Form.Item>
      <YearDateItem label="Ngày phát hiện" name="discoveredOn" />
    </FormModal>
  );
}
