import type { ComponentType, ReactNode } from 'react';
import { Button, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PagedTable } from '../../components/PagedTable';
import { useCanManageOrganisation } from './commune-scope';
import { EmptyRecords, retiredRowClass, withRecordColumns } from './RecordActions';
import { useFormTarget, type RecordFormProps } from './RecordFormModal';
import { RecordListToolbar } from './RecordListToolbar';
import type { RecordListState } from './use-record-list';
import './organisation.css';

type Record = { id: string; retiredOn: string | null };

interface PagedRecordListProps<T extends Record> {
  resource: 'people' | 'households';
  list: RecordListState<T>;
  columns: TableColumnsType<T>;
  nameOf: (record: T) => string;
  searchLabel: string;
  filters?: ReactNode;
  /** Buttons beside «Thêm …» (the Excel ones). */
  extraActions?: ReactNode;
  addLabel: string;
  nothingYet: string;
  /** Said under `nothingYet` to those who may add records. */
  next?: ReactNode;
  Form: ComponentType<RecordFormProps<T>>;
}

/** People or households: toolbar, server-paged sortable table, row actions and the add/edit form. */
export function PagedRecordList<T extends Record>({
  resource,
  list,
  columns,
  nameOf,
  searchLabel,
  filters,
  extraActions,
  addLabel,
  nothingYet,
  next,
  Form,
}: PagedRecordListProps<T>) {
  const canManage = useCanManageOrganisation();
  const form = useFormTarget<T>();
  const allColumns = withRecordColumns(columns, {
    resource,
    status: list.status,
    canManage,
    nameOf,
    onEdit: form.edit,
  });
  return (
    <>
      <RecordListToolbar
        list={list}
        searchLabel={searchLabel}
        filters={filters}
        actions={
          (canManage || extraActions) && (
            <>
              {extraActions}
              {canManage && (
                <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={form.create}>
                  {addLabel}
                </Button>
              )}
            </>
          )
        }
      />
      <PagedTable<T>
        paged={list.paged}
        columns={allColumns}
        onChange={list.onTableChange}
        rowClassName={retiredRowClass}
        locale={{
          emptyText: list.paged.query.isPending ? (
            ' '
          ) : (
            <EmptyRecords
              filtered={list.isFiltered}
              nothingYet={nothingYet}
              next={next}
              addLabel={addLabel}
              onAdd={canManage ? form.create : undefined}
            />
          ),
        }}
      />
      <Form target={form.target} onClose={form.close} />
    </>
  );
}
