import { useState, type ReactNode } from 'react';
import { App } from 'antd';
import {
  useSaveRecord,
  type OrganisationRecords,
  type OrganisationResource,
} from '../api/organisation-hooks';
import { FormModal } from './FormModal';
import { useCommuneId } from './commune-scope';
import { RESOURCES } from '../routes/organisation/organisation-resources';

type Summary<R extends OrganisationResource> = OrganisationRecords[R]['summary'];

/** Which form is open: none, a new record, or an existing one. */
export type FormTarget<T> = { record: T | null } | null;

export function useFormTarget<T>() {
  const [target, setTarget] = useState<FormTarget<T>>(null);
  return {
    target,
    create: () => setTarget({ record: null }),
    edit: (record: T) => setTarget({ record }),
    close: () => setTarget(null),
  };
}

export interface RecordFormProps<T> {
  target: FormTarget<T>;
  onClose: () => void;
}

interface RecordFormModalProps<R extends OrganisationResource, V> extends RecordFormProps<Summary<R>> {
  resource: R;
  nameOf: (record: Summary<R>) => string;
  /** The form's values for a record being edited, or for a new one. */
  valuesOf: (record: Summary<R> | null) => Partial<V>;
  toInput: (values: V) => OrganisationRecords[R]['input'];
  width?: number;
  children: ReactNode;
}

/** The add/edit form of any organisation record: «Thêm …» or «Sửa … «name»», saved whole. */
export function RecordFormModal<R extends OrganisationResource, V extends object>({
  resource,
  target,
  onClose,
  nameOf,
  valuesOf,
  toInput,
  width,
  children,
}: RecordFormModalProps<R, V>) {
  const save = useSaveRecord(resource, useCommuneId());
  const { message } = App.useApp();
  const record = target?.record ?? null;
  const noun = RESOURCES[resource].noun;

  const handleSubmit = async (values: V) => {
    const saved = await save.mutateAsync({ id: record?.id, input: toInput(values) });
    void message.success(record ? `Đã lưu «${nameOf(saved)}».` : `Đã thêm «${nameOf(saved)}».`);
  };

  return (
    <FormModal<V>
      key={record?.id ?? 'new'}
      title={record ? `Sửa ${noun} «${nameOf(record)}»` : `Thêm ${noun}`}
      okText={record ? 'Lưu' : 'Thêm'}
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
