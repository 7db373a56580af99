import { useState, type ComponentType, type ReactNode } from 'react';
import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { foldForSearch } from '@thidua/domain';
import {
  useSmallRecordList,
  type OrganisationRecords,
  type RecordStatusFilter,
} from '../../api/organisation-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCanManageOrganisation, useCommuneId } from './commune-scope';
import { EmptyRecords, retiredRowClass, withRecordColumns } from './RecordActions';
import { SearchInput, StatusFilter } from './record-fields';
import { useFormTarget, type RecordFormProps } from './RecordFormModal';
import './organisation.css';

type SmallResource = 'units' | 'residential-groups';

interface SmallRecordListProps<R extends SmallResource> {
  resource: R;
  columns: TableColumnsType<OrganisationRecords[R]['summary']>;
  nameOf: (record: OrganisationRecords[R]['summary']) => string;
  searchLabel: string;
  addLabel: string;
  nothingYet: string;
  next?: ReactNode;
  Form: ComponentType<RecordFormProps<OrganisationRecords[R]['summary']>>;
}

/** Units or residential groups (tens per commune): the whole list, filtered in the browser. */
export function SmallRecordList<R extends SmallResource>({
  resource,
  columns,
  nameOf,
  searchLabel,
  addLabel,
  nothingYet,
  next,
  Form,
}: SmallRecordListProps<R>) {
  type Summary = OrganisationRecords[R]['summary'];
  const canManage = useCanManageOrganisation();
  const [status, setStatus] = useState<RecordStatusFilter>('active');
  const [search, setSearch] = useState('');
  const records = useSmallRecordList(resource, useCommuneId(), status);
  const form = useFormTarget<Summary>();

  const folded = foldForSearch(search);
  const shown = (records.data ?? []).filter((record) => foldForSearch(nameOf(record)).includes(folded));
  const allColumns = withRecordColumns(columns, { resource, status, canManage, nameOf, onEdit: form.edit });

  return (
    <>
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <SearchInput label={searchLabel} value={search} onChange={setSearch} />
          <StatusFilter value={status} onChange={setStatus} />
        </Flex>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={form.create}>
            {addLabel}
          </Button>
        )}
      </Flex>
      {records.isError && <ErrorAlert error={records.error} />}
      <Table<Summary>
        rowKey="id"
        columns={allColumns}
        dataSource={shown}
        loading={records.isFetching}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 800 }}
        rowClassName={retiredRowClass}
        locale={{
          emptyText: records.isPending ? (
            ' '
          ) : (
            <EmptyRecords
              filtered={status !== 'active' || folded !== ''}
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
