import { Form, Radio } from 'antd';
import { EXEMPLAR_SUBJECT_TYPE_LABELS, type ExemplarSubjectType, type WriteScope } from '@thidua/domain';
import { useCommuneId } from '../../shell/commune-scope';
import { ScopedPersonPicker, ScopedUnitPicker } from '../../shell/ScopedPickers';
import { HouseholdPicker } from '../../shell/RecordPickers';

/** The id of the chosen subject's kind; the other kinds' ids are null (the form keeps them all). */
export const subjectIdOf = <S extends string>(chosen: S, kind: S, id: string | null | undefined) =>
  chosen === kind ? (id ?? null) : null;

interface SubjectFieldsProps {
  /** «Thành tích của», «Điển hình là». */
  label: string;
  types: readonly ExemplarSubjectType[];
  scope: WriteScope;
  /** The name of whom the record is about, when editing. */
  knownLabel?: string | null;
}

const required = (what: string) => [{ required: true, message: `Vui lòng chọn ${what}.` }];

/** Whom a record is about: its kind, then the person, unit or household of that kind. */
export function SubjectFields({ label, types, scope, knownLabel }: SubjectFieldsProps) {
  const communeId = useCommuneId();
  const subjectType = Form.useWatch('subjectType', Form.useFormInstance()) as ExemplarSubjectType | undefined;
  return (
    <>
      <Form.Item
        label={label}
        name="subjectType"
        rules={required(types.map((type) => EXEMPLAR_SUBJECT_TYPE_LABELS[type].toLowerCase()).join(' hay '))}
      >
        <Radio.Group
          options={types.map((type) => ({ value: type, label: EXEMPLAR_SUBJECT_TYPE_LABELS[type] }))}
        />
      </Form.Item>
      {subjectType === 'person' && (
        <Form.Item label="Cá nhân" name="personId" rules={required('cá nhân')}>
          <ScopedPersonPicker scope={scope} knownLabel={knownLabel} />
        </Form.Item>
      )}
      {subjectType === 'unit' && (
        <Form.Item label="Tập thể (đơn vị)" name="unitId" rules={required('đơn vị')}>
          <ScopedUnitPicker scope={scope} />
        </Form.Item>
      )}
      {subjectType === 'household' && (
        <Form.Item label="Hộ gia đình" name="householdId" rules={required('hộ gia đình')}>
          <HouseholdPicker communeId={communeId} knownLabel={knownLabel} />
        </Form.Item>
      )}
    </>
  );
}
