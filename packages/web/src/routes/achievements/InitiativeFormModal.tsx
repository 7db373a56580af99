import { App, Form, Input } from 'antd';
import type { InitiativeView } from '@thidua/domain';
import { useSaveInitiative } from '../../api/achievement-hooks';
import { FormModal } from '../../shell/FormModal';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import type { FormTarget } from '../../shell/RecordFormModal';
import { initialSubject, ScopedPersonPicker, useWriteScope } from '../../shell/ScopedPickers';
import { InitiativeInputSchema } from '@thidua/domain';
import { fieldRules } from '../../shell/form-rules';

interface InitiativeValues {
  personId: string;
  coAuthors?: string | null;
  title: string;
  summary?: string | null;
}

/** «Đăng ký sáng kiến»: the author (a member: themselves), co-authors, title and summary. */
export function InitiativeFormModal({
  target,
  onClose,
}: {
  target: FormTarget<InitiativeView>;
  onClose: () => void;
}) {
  const communeId = useCommuneId();
  const year = useYear();
  const scope = useWriteScope();
  const save = useSaveInitiative(communeId, year.id);
  const { message } = App.useApp();
  const record = target?.record ?? null;
  const initialValues: Partial<InitiativeValues> = record ?? { personId: initialSubject(scope).personId };

  const handleSubmit = async (values: InitiativeValues) => {
    const saved = await save.mutateAsync({
      id: record?.id,
      input: {
        personId: values.personId,
        coAuthors: values.coAuthors?.trim() || null,
        title: values.title.trim(),
        summary: values.summary?.trim() || null,
      },
    });
    void message.success(
      record ? `Đã lưu sáng kiến «${saved.title}».` : `Đã đăng ký sáng kiến «${saved.title}».`,
    );
  };

  return (
    <FormModal<InitiativeValues>
      key={record?.id ?? 'new'}
      title={record ? `Sửa sáng kiến «${record.title}»` : 'Đăng ký sáng kiến'}
      okText={record ? 'Lưu' : 'Đăng ký'}
      open={target !== null}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={initialValues}
      width={640}
    >
      <Form.Item name="personId" {...fieldRules(InitiativeInputSchema, 'personId')}>
        <ScopedPersonPicker scope={scope} knownLabel={record?.authorName} />
      </Form.Item>
      <Form.Item
        name="coAuthors"
        {...fieldRules(InitiativeInputSchema, 'coAuthors')}

        extra="Họ tên các đồng tác giả, cách nhau bằng dấu phẩy."
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="title" {...fieldRules(InitiativeInputSchema, 'title')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="summary" {...fieldRules(InitiativeInputSchema, 'summary')}>
        <Input.TextArea rows={5} />
      </Form.Item>
    </FormModal>
  );
}
