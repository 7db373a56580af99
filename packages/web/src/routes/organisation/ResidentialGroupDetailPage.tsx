import { Card } from 'antd';
import { formatNumberVi, GROUP_KIND_LABELS, type ResidentialGroupSummary } from '@thidua/domain';
import { HouseholdsList } from './HouseholdsList';
import { RecordDetail } from './RecordDetail';
import { ResidentialGroupFormModal } from './ResidentialGroupFormModal';
import { retirementFields } from './retirement-fields';

function groupFields(group: ResidentialGroupSummary) {
  return [
    { key: 'name', label: 'Tên', children: group.name },
    { key: 'kind', label: 'Loại', children: GROUP_KIND_LABELS[group.kind] },
    {
      key: 'leaderName',
      label: 'Tổ trưởng / Trưởng khóm, ấp',
      children: group.leaderName ?? 'Chưa cập nhật',
    },
    { key: 'leaderPhone', label: 'Số điện thoại', children: group.leaderPhone ?? 'Chưa cập nhật' },
    { key: 'households', label: 'Số hộ', children: formatNumberVi(group.activeHouseholds) },
    { key: 'residents', label: 'Số nhân khẩu', children: formatNumberVi(group.residents) },
    ...retirementFields(group),
  ];
}

export function ResidentialGroupDetailPage() {
  return (
    <RecordDetail
      resource="residential-groups"
      nameOf={(group) => group.name}
      fields={groupFields}
      Form={ResidentialGroupFormModal}
    >
      {(group) => (
        <Card title="Hộ gia đình">
          <HouseholdsList groupId={group.id} />
        </Card>
      )}
    </RecordDetail>
  );
}
