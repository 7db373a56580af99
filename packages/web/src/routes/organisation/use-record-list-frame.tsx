import type { ComponentType, ReactNode } from 'react';
import { Button, type TableColumnsType, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { OrganisationResource, RecordStatusFilter } from '../../api/organisation-hooks';
import { useCanManageOrganisation } from '../../shell/commune-scope';
import { EmptyRecords, retiredRowClass, withRecordColumns, type ListedRecord } from './RecordActions';
import { useFormTarget, type RecordFormProps } from '../../shell/RecordFormModal';
import './organisation.css';

/** What a list of records says and offers, whichever way it is loaded. */
export interface RecordListCopy<T> {
  nameOf: (record: T) => string;
  addLabel: string;
  /** The empty list's sentence when nothing narrows it: «Chưa có nhân sự nào.» */
  nothingYet: string;
  /** Said under `nothingYet` to those who may add records. */
  next?: ReactNode;
  Form: ComponentType<RecordFormProps<T>>;
}

interface ListState {
  status: RecordStatusFilter;
  loading: boolean;
  /** A search or filter narrows the list. */
  filtered: boolean;
}

/**
 * The parts every organisation list shares: «Thêm …» and the add/edit form (for those who may
 * change records), the status and action columns, greyed retired rows and the empty state.
 */
export function useRecordListFrame<T extends ListedRecord>(
  resource: OrganisationResource,
  { nameOf, addLabel, nothingYet, next, Form }: RecordListCopy<T>,
  { status, loading, filtered }: ListState,
) {
  const canManage = useCanManageOrganisation();
  const form = useFormTarget<T>();
  const tableProps = (columns: TableColumnsType<T>): Partial<TableProps<T>> => ({
    columns: withRecordColumns(columns, { resource, status, canManage, nameOf, onEdit: form.edit }),
    rowClassName: retiredRowClass,
    locale: {
      emptyText: loading ? (
        ' '
      ) : (
        <EmptyRecords
          filtered={filtered}
          nothingYet={nothingYet}
          next={next}
          addLabel={addLabel}
          onAdd={canManage ? form.create : undefined}
        />
      ),
    },
  });
  return {
    canManage,
    addButton: canManage && (
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={form.create}>
        {addLabel}
      </Button>
    ),
    tableProps,
    formModal: <Form target={form.target} onClose={form.close} />,
  };
}
