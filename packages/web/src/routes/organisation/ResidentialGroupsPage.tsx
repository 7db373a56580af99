import type { TableColumnsType } from 'antd';

import {
  formatNumberVi,
  GROUP_KIND_LABELS,
  type GroupKind,
  type ResidentialGroupSummary,
} from '@thidua/domain';
import { PageHeader } from '../../components/PageHeader';
import { recordPath } from './organisation-resources';
import { ResidentialGroupFormModal } from './ResidentialGroupFormModal';
import { SmallRecordList } from './SmallRecordList';
import { ScopedLink } from '../../shell/links';

const count = (value: number) => formatNumberVi(value);

const columns: TableColumnsType<ResidentialGroupSummary> = [
  {
    title: 'Tên',
    dataIndex: 'name',
    render: (name: string, group) => (
      <ScopedLink to={recordPath('residential-groups', group.id)}>{name}</ScopedLink>
    ),
  },
  { title: 'Loại', dataIndex: 'kind', width: 120, render: (kind: GroupKind) => GROUP_KIND_LABELS[kind] },
  { title: 'Tổ trưởng', dataIndex: 'leaderName', render: (name: string | null) => name ?? '—' },
  {
    title: 'Điện thoại',
    dataIndex: 'leaderPhone',
    width: 130,
    render: (phone: string | null) => phone ?? '—',
  },
  { title: 'Số hộ', dataIndex: 'activeHouseholds', width: 90, align: 'right', render: count },
  { title: 'Nhân khẩu', dataIndex: 'residents', width: 110, align: 'right', render: count },
];

/** «Khóm, tổ dân phố»: the residential groups of the commune with their households and residents. */
export function ResidentialGroupsPage() {
  return (
    <>
      <PageHeader title="Khóm, ấp, thôn, tổ dân phố" />
      <SmallRecordList
        resource="residential-groups"
        columns={columns}
        nameOf={(group) => group.name}
        searchLabel="Lọc theo tên khóm, tổ dân phố"
        addLabel="Thêm khóm, tổ dân phố"
        nothingYet="Chưa có khóm, ấp, thôn, tổ dân phố nào."
        next="Thêm các khóm, tổ dân phố trước khi thêm hộ gia đình."
        Form={ResidentialGroupFormModal}
      />
    </>
  );
}
