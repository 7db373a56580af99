import type { ReactNode } from 'react';
import { Flex, type TableColumnsType } from 'antd';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import type { ListedRecord } from './RecordActions';
import { RecordListToolbar } from './RecordListToolbar';
import type { RecordListState } from './use-record-list';
import { useRecordListFrame, type RecordListCopy } from './use-record-list-frame';

interface PagedRecordListProps<T extends ListedRecord> extends RecordListCopy<T> {
  resource: 'people' | 'households';
  /** The page's title, with the buttons beside it; without it (inside another page) the buttons go above the list. */
  title?: string;
  list: RecordListState<T>;
  columns: TableColumnsType<T>;
  searchLabel: string;
  filters?: ReactNode;
  /** Buttons beside «Thêm …» (the Excel ones). */
  extraActions?: ReactNode;
}

/** People or households: toolbar, server-paged sortable table, row actions and the add/edit form. */
export function PagedRecordList<T extends ListedRecord>({
  resource,
  title,
  list,
  columns,
  searchLabel,
  filters,
  extraActions,
  ...copy
}: PagedRecordListProps<T>) {
  const frame = useRecordListFrame<T>(resource, copy, {
    status: list.status,
    loading: list.paged.query.isPending,
    filtered: list.isFiltered,
  });
  const actions = (frame.canManage || extraActions) && (
    <Flex gap={8} wrap justify="end">
      {extraActions}
      {frame.addButton}
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
      <PagedTable<T> paged={list.paged} onChange={list.onTableChange} {...frame.tableProps(columns)} />
      {frame.formModal}
    </>
  );
}
