import { formatNumberVi, type HouseholdSummary } from '@thidua/domain';
import { HouseholdFormModal } from './HouseholdFormModal';
import { recordPath } from './organisation-resources';
import { RecordDetail } from './RecordDetail';
import { retirementFields } from './retirement-fields';
import { ScopedLink } from '../../shell/links';

function householdFields(household: HouseholdSummary) {
  return [
    { key: 'headName', label: 'Chủ hộ', children: household.headName },
    { key: 'address', label: 'Địa chỉ', children: household.address },
    {
      key: 'group',
      label: 'Khóm, tổ dân phố',
      children: (
        <ScopedLink to={recordPath('residential-groups', household.groupId)}>
          {household.groupName}
        </ScopedLink>
      ),
    },
    { key: 'memberCount', label: 'Số nhân khẩu', children: formatNumberVi(household.memberCount) },
    ...retirementFields(household),
  ];
}

export function HouseholdDetailPage() {
  return (
    <RecordDetail
      resource="households"
      nameOf={(household) => household.headName}
      fields={householdFields}
      Form={HouseholdFormModal}
    />
  );
}
