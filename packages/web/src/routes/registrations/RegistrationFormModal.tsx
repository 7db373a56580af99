import { useEffect } from 'react';
import { App, Form, Select } from 'antd';
import {
  REGISTRATION_SUBJECT_LABELS,
  SUBJECT_TYPES,
  type SubjectType,
  type TitleId,
  type WriteScope,
} from '@thidua/domain';
import { useCreateRegistration } from '../../api/registration-hooks';
import { FormModal } from '../../shell/FormModal';
import {
  initialSubject,
  ScopedPersonPicker,
  ScopedUnitPicker,
  useWriteScope,
} from '../../shell/ScopedPickers';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { useTitleOptions } from './use-title-options';

interface RegistrationValues {
  subjectType: SubjectType;
  personId?: string | null;
  unitId?: string | null;
  title?: TitleId;
}

/** A user linked only to their own person registers for that person; a unit head and the officer for both. */
const subjectTypesFor = (scope: WriteScope): readonly SubjectType[] =>
  scope.kind === 'self' ? ['person'] : SUBJECT_TYPES;

/** «Đăng ký»: one person or one unit, for one title it may register in the year. */
export function RegistrationFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const communeId = useCommuneId();
  const year = useYear();
  const scope = useWriteScope();
  const create = useCreateRegistration(communeId, year.id);
  const { message } = App.useApp();

  const submit = async (values: RegistrationValues) => {
    const registration = await create.mutateAsync({
      subjectType: values.subjectType,
      personId: values.subjectType === 'person' ? (values.personId ?? null) : null,
      unitId: values.subjectType === 'unit' ? (values.unitId ?? null) : null,
      title: values.title!,
    });
    void message.success(`Đã đăng ký «${registration.titleLabel}» cho ${registration.subjectName}.`);
  };

  return (
    <FormModal<RegistrationValues>
      title={`Đăng ký thi đua năm ${year.year}`}
      open={open}
      okText="Lưu"
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ subjectType: 'person', ...initialSubject(scope) }}
    >
      <RegistrationFields scope={scope} />
    </FormModal>
  );
}

function RegistrationFields({ scope }: { scope: WriteScope }) {
  const subjectTypes = subjectTypesFor(scope);
  const form = Form.useFormInstance<RegistrationValues>();
  const subjectType = Form.useWatch('subjectType', form);
  const subjectId = Form.useWatch(subjectType === 'unit' ? 'unitId' : 'personId', form);
  const titles = useTitleOptions(subjectType, subjectId);
  const title = Form.useWatch('title', form);

  // A title the newly chosen subject may not register is cleared rather than sent.
  useEffect(() => {
    if (titles.ready && title && !titles.options.some((option) => option.id === title))
      form.setFieldValue('title', undefined);
  }, [form, title, titles.ready, titles.options]);

  return (
    <>
      <Form.Item
        label="Đăng ký cho"
        name="subjectType"
        rules={[{ required: true, message: 'Vui lòng chọn.' }]}
      >
        <Select
          options={subjectTypes.map((type) => ({ value: type, label: REGISTRATION_SUBJECT_LABELS[type] }))}
        />
      </Form.Item>
      {subjectType === 'unit' ? (
        <Form.Item
          label="Đơn vị"
          name="unitId"
          rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}
        >
          <ScopedUnitPicker scope={scope} />
        </Form.Item>
      ) : (
        <Form.Item
          label="Cá nhân"
          name="personId"
          rules={[{ required: true, message: 'Vui lòng chọn cá nhân.' }]}
          extra="Gõ họ tên để tìm (không cần gõ dấu)."
        >
          <ScopedPersonPicker scope={scope} />
        </Form.Item>
      )}
      <Form.Item
        label="Danh hiệu"
        name="title"
        rules={[{ required: true, message: 'Vui lòng chọn danh hiệu.' }]}
        extra={
          titles.ready ? undefined : 'Chọn cá nhân hoặc đơn vị trước: danh sách danh hiệu tùy theo đối tượng.'
        }
      >
        <Select
          disabled={!titles.ready}
          placeholder="Chọn danh hiệu"
          options={titles.options.map((option) => ({ value: option.id, label: option.label }))}
        />
      </Form.Item>
    </>
  );
}
