import type { ReactNode } from 'react';
import { App } from 'antd';
import { FormModal } from '../../shell/FormModal';
import type { RecordFormProps } from '../../shell/RecordFormModal';

interface NamedRecordFormModalProps<T, V, I> extends RecordFormProps<T> {
  /** What the record is called in titles and notices: «phong trào», «giao ước». */
  noun: string;
  /** The title of the form for a new record. */
  newTitle: string;
  /** Creates the record (no id) or rewrites it (with its id); gives back the saved record. */
  save: (args: { id?: string; input: I }) => Promise<{ name: string }>;
  /** The form's values for a record being edited, or for a new one. */
  valuesOf: (record: T | null) => Partial<V>;
  toInput: (values: V) => I;
  width: number;
  children: ReactNode;
}

/** The add/edit form of a named record of the year: «Sửa {noun} «name»», saved whole, then said so. */
export function NamedRecordFormModal<T extends { id: string; name: string }, V extends object, I>({
  target,
  onClose,
  noun,
  newTitle,
  save,
  valuesOf,
  toInput,
  width,
  children,
}: NamedRecordFormModalProps<T, V, I>) {
  const { message } = App.useApp();
  const record = target?.record ?? null;

  const handleSubmit = async (values: V) => {
    const saved = await save({ id: record?.id, input: toInput(values) });
    void message.success(record ? `Đã lưu ${noun} «${saved.name}».` : `Đã thêm ${noun} «${saved.name}».`);
  };

  return (
    <FormModal<V>
      key={record?.id ?? 'new'}
      title={record ? `Sửa ${noun} «${record.name}»` : newTitle}
      okText="Lưu"
      open={target !== null}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={valuesOf(record)}
      width={width}
    >
      {children}
    </FormModal>
  );
}
