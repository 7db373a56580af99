import { useState } from 'react';
import { Flex, Table, type TableColumnsType } from 'antd';
import { foldForSearch } from '@thidua/domain';
import {
  useSmallRecordList,
  type OrganisationRecords,
  type RecordStatusFilter,
} from '../../api/organisation-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommuneId } from '../../shell/commune-scope';
import { SearchInput, StatusFilter } from '../../shell/record-fields';
import { useRecordListFrame, type RecordListCopy } from './use-record-list-frame';

type SmallResource = 'units' | 'residential-groups';
type Summary<R extends SmallResource> = OrganisationRecords[R]['summary'];

interface SmallRecordListProps<R extends SmallResource> extends RecordListCopy<Summary<R>> {
  resource: R;
  columns: TableColumnsType<Summary<R>>;
  searchLabel: string;
}

/** Units or residential groups (tens per commune): the whole list, filtered in the browser. */
export function SmallRecordList<R extends SmallResource>({
  resource,
  columns,
  searchLabel,
  ...copy
}: SmallRecordListProps<R>) {
  const [status, setStatus] = useState<RecordStatusFilter>('active');
  const [search, setSearch] = useState('');
  const records = useSmallRecordList(resource, useCommuneId(), status);
  const folded = foldForSearch(search);
  const frame = useRecordListFrame<Summary<R>>(resource, copy, {
    status,
    loading: records.isPending,
    filtered: status !== 'active' || folded !== '',
  });
  const shown = (records.data ?? []).filter((record) => foldForSearch(copy.nameOf(record)).includes(folded));

  return (
    <>
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <SearchInput label={searchLabel} value={search} onChange={setSearch} />
          <StatusFilter value={status} onChange={setStatus} />
        </Flex>
        {frame.addButton}
      </Flex>
      {records.isError && <ErrorAlert error={records.error} />}
      <Table<Summary<R>>
        rowKey="id"
        dataSource={shown}
        loading={records.isFetching}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 800 }}
        {...frame.tableProps(columns)}
      />
      {frame.formModal}
    </>
  );
}
