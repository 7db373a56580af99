import type { ReactNode } from 'react';
import type { TableColumnsType } from 'antd';

import { HouseholdSummarySchema, formatNumberVi, type HouseholdSummary } from '@thidua/domain';
import { useResidentialGroups } from '../../api/organisation-hooks';
import { useCommuneId } from '../../shell/commune-scope';
import { HouseholdFormModal } from './HouseholdFormModal';
import { recordPath } from './organisation-resources';
import { PagedRecordList } from './PagedRecordList';
import { ListFilter } from './RecordListToolbar';
import { useRecordList } from './use-record-list';
import { ScopedLink } from '../../shell/links';

type HouseholdSort = 'headName' | 'address' | 'group' | 'memberCount';

/** The commune's households; inside a group's page, only that group's. */
export function HouseholdsList({
  groupId,
  title,
  extraActions,
}: {
  groupId?: string;
  title?: string;
  extraActions?: ReactNode;
}) {
  const list = useRecordList<HouseholdSummary, HouseholdSort>('households', {
    schema: HouseholdSummarySchema,
    defaultSort: 'headName',
    fixed: { groupId },
  });
  const groups = useResidentialGroups(useCommuneId(), 'all');

  const columns: TableColumnsType<HouseholdSummary> = [
    {
      title: 'Chủ hộ',
      ...list.sortable('headName'),
      render: (_, household) => (
        <ScopedLink to={recordPath('households', household.id)}>{household.headName}</ScopedLink>
      ),
    },
    {
      title: 'Địa chỉ',
      dataIndex: 'address',
      ...list.sortable('address'),
    },
    ...(groupId
      ? []
      : [
          {
            title: 'Khóm, tổ dân phố',
            dataIndex: 'groupName',
            ...list.sortable('group'),
          },
        ]),
    {
      title: 'Số nhân khẩu',
      dataIndex: 'memberCount',
      width: 140,
      align: 'right',
      ...list.sortable('memberCount'),
      render: (count: number) => formatNumberVi(count),
    },
  ];

  return (
    <PagedRecordList<HouseholdSummary>
      resource="households"
      title={title}
      list={list}
      columns={columns}
      nameOf={(household) => household.headName}
      searchLabel="Tìm theo chủ hộ, địa chỉ (không cần gõ dấu)"
      addLabel="Thêm hộ gia đình"
      nothingYet={groupId ? 'Khóm, tổ dân phố này chưa có hộ nào.' : 'Chưa có hộ gia đình nào.'}
      next={groupId ? undefined : 'Thêm từng hộ, hoặc nhập cả danh sách bằng «Nhập từ Excel».'}
      extraActions={extraActions}
      Form={HouseholdFormModal}
      filters={
        !groupId && (
          <ListFilter
            list={list}
            field="groupId"
            label="Lọc theo khóm, tổ dân phố"
            placeholder="Tất cả khóm, tổ dân phố"
            options={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
            width={260}
          />
        )
      }
    />
  );
}
