import type { ReactNode } from 'react';
import { Button, Empty, Flex, type TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { OrganisationResource, RecordStatusFilter } from '../../api/organisation-hooks';
import { RecordStatusTag } from '../../shell/record-fields';
import { RetireReinstateButton } from './RetireReinstateButton';

export type ListedRecord = { id: string; retiredOn: string | null };

interface RecordActionsProps<T> {
  resource: OrganisationResource;
  record: T;
  name: string;
  onEdit: (record: T) => void;
  size?: 'small' | 'middle';
}

/** «Sửa» (active records only) and «Cho thôi» / «Khôi phục». */
export function RecordActions<T extends ListedRecord>({
  resource,
  record,
  name,
  onEdit,
  size = 'small',
}: RecordActionsProps<T>) {
  return (
    <Flex gap={8} wrap>
      {!record.retiredOn && (
        <Button
          size={size}
          icon={size === 'middle' ? <EditOutlined aria-hidden /> : undefined}
          aria-label={`Sửa ${name}`}
          onClick={() => onEdit(record)}
        >
          Sửa
        </Button>
      )}
      <RetireReinstateButton resource={resource} record={record} name={name} size={size} />
    </Flex>
  );
}

interface RecordColumnsOptions<T> {
  resource: OrganisationResource;
  /** The status shown: a «Trạng thái» column unless only active records are listed. */
  status: RecordStatusFilter;
  canManage: boolean;
  nameOf: (record: T) => string;
  onEdit: (record: T) => void;
}

/** A list's own columns, then its status (when retired ones are listed) and the row actions (for those who may change records). */
export function withRecordColumns<T extends ListedRecord>(
  columns: TableColumnsType<T>,
  { resource, status, canManage, nameOf, onEdit }: RecordColumnsOptions<T>,
): TableColumnsType<T> {
  const statusColumn: TableColumnsType<T>[number] = {
    title: 'Trạng thái',
    key: 'status',
    width: 170,
    render: (_, record) => <RecordStatusTag retiredOn={record.retiredOn} />,
  };
  const actionsColumn: TableColumnsType<T>[number] = {
    title: 'Thao tác',
    key: 'actions',
    width: 170,
    fixed: 'right',
    render: (_, record) => (
      <RecordActions resource={resource} record={record} name={nameOf(record)} onEdit={onEdit} />
    ),
  };
  return [...columns, ...(status === 'active' ? [] : [statusColumn]), ...(canManage ? [actionsColumn] : [])];
}

/** Greys retired records in a list. */
export const retiredRowClass = (record: ListedRecord) => (record.retiredOn ? 'organisation-retired-row' : '');

interface EmptyRecordsProps {
  /** A filter or search is narrowing the list. */
  filtered: boolean;
  /** «Chưa có nhân sự nào.» */
  nothingYet: string;
  /** What to do next, for those who may add records. */
  next?: ReactNode;
  addLabel?: string;
  onAdd?: () => void;
}

/** The empty state of a list: nothing matches the filters, or nothing yet and how to start. */
export function EmptyRecords({ filtered, nothingYet, next, addLabel, onAdd }: EmptyRecordsProps) {
  if (filtered) return <Empty description="Không có bản ghi nào khớp tìm kiếm, bộ lọc đang chọn." />;
  return (
    <Empty description={nothingYet}>
      {onAdd && (
        <Flex vertical align="center" gap={8}>
          {next}
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
            {addLabel}
          </Button>
        </Flex>
      )}
    </Empty>
  );
}
