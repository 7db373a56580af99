import type { ComponentType, ReactNode } from 'react';
import { Button, Flex, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { useCanManageOrganisation } from './commune-scope';
import { EmptyRecords, retiredRowClass, withRecordColumns } from './RecordActions';
import { useFormTarget, type RecordFormProps } from './RecordFormModal';
import { RecordListToolbar } from './RecordListToolbar';
import type { RecordListState } from './use-record-list';
import './organisation.css';

type Record = { id: string; retiredOn: string | null };

interface PagedRecordListProps<T extends Record> {
  resource: 'people' | 'households';
  /** The page's title, with the buttons beside it; without it (inside another page) the buttons go above the list. */
  title?: string;
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
  title,
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
  const actions = (canManage || extraActions) && (
    <Flex gap={8} wrap justify="end">
      {extraActions}
      {canManage && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={form.create}>
          {addLabel}
        </Button>
      )}
    </Flex>
  );
  return (
    <>
      {title && <PageHeader title={title} extra={actions} />}
      <RecordListToolbar
        list={list}
        searchLabel={searchLabel}
        filters={filters}
        actions={title ? undefined : actions}
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
