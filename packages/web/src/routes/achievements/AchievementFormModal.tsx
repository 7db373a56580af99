import { App, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { SUBJECT_TYPES, type AchievementView, type SubjectType } from '@thidua/domain';
import { useSaveAchievement } from '../../api/achievement-hooks';
import { FormModal } from '../../shell/FormModal';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { fromIsoDate, toIsoDate } from '../../shell/record-fields';
import type { FormTarget } from '../../shell/RecordFormModal';
import { initialSubject, useWriteScope } from '../../shell/ScopedPickers';
import { SubjectFields, subjectIdOf } from './SubjectFields';
import { YearDateItem } from './YearDateItem';

interface AchievementValues {
  subjectType: SubjectType;
  personId?: string | null;
  unitId?: string | null;
  title: string;
  description?: string | null;
  achievedOn: Dayjs;
}

export function AchievementFormModal({
  target,
  onClose,
}: {
  target: FormTarget<AchievementView>;
  onClose: () => void;
}) {
  const communeId = useCommuneId();
  const year = useYear();
  const scope = useWriteScope();
  const save = useSaveAchievement(communeId, year.id);
  const { message } = App.useApp();
  const record = target?.record ?? null;
  // A member records only their own achievements, never a unit's.
  const types = scope.kind === 'self' ? (['person'] as const) : SUBJECT_TYPES;

  const initialValues: Partial<AchievementValues> = record
    ? { ...record, achievedOn: fromIsoDate(record.achievedOn) }
    : { subjectType: 'person', ...initialSubject(scope) };

  const handleSubmit = async (values: AchievementValues) => {
    const saved = await save.mutateAsync({
      id: record?.id,
      input: {
        subjectType: values.subjectType,
        personId: subjectIdOf(values.subjectType, 'person', values.personId),
        unitId: subjectIdOf(values.subjectType, 'unit', values.unitId),
        title: values.title.trim(),
        description: values.description?.trim() || null,
        achievedOn: toIsoDate(values.achievedOn)!,
      },
    });
    void message.success(
      record ? `Đã lưu thành tích «${saved.title}».` : `Đã ghi nhận thành tích «${saved.title}».`,
    );
  };

  return (
    <FormModal<AchievementValues>
      key={record?.id ?? 'new'}
      title={record ? `Sửa thành tích «${record.title}»` : 'Ghi nhận thành tích'}
      okText={record ? 'Lưu' : 'Ghi nhận'}
      open={target !== null}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={initialValues}
      width={640}
    >
      <SubjectFields label="Thành tích của" types={types} scope={scope} knownLabel={record?.subjectName} />
      <Form.Item
        label="Thành tích"
        name="title"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập thành tích.' },
          { max: 300, message: 'Thành tích dài tối đa 300 ký tự.' },
        ]}
      >
        <Input autoComplete="off" placeholder="Ví dụ: Phá chuyên án ma túy, bắt giữ 3 đối tượng" />
      </Form.Item>
      <Form.Item
        label="Nội dung chi tiết"
        name="description"
        rules={[{ max: 4000, message: 'Tối đa 4.000 ký tự.' }]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
      <YearDateItem label="Ngày đạt" name="achievedOn" />
    </FormModal>
  );
}
