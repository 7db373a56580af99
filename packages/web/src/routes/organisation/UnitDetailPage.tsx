import { Card } from 'antd';

import { formatNumberVi, UNIT_KIND_LABELS, type UnitSummary } from '@thidua/domain';
import { UnitAchievementsPanel } from '../achievements/SubjectAchievementsPanel';
import { UnitRegistrationsPanel } from '../registrations/SubjectRegistrationsPanel';
import { recordPath } from './organisation-resources';
import { PeopleList } from './PeopleList';
import { RecordDetail } from './RecordDetail';
import { retirementFields } from './retirement-fields';
import { UnitFormModal } from './UnitFormModal';
import { ScopedLink } from '../../shell/links';

function unitFields(unit: UnitSummary) {
  return [
    { key: 'name', label: 'Tên đơn vị', children: unit.name },
    { key: 'kind', label: 'Loại đơn vị', children: UNIT_KIND_LABELS[unit.kind] },
    {
      key: 'parent',
      label: 'Đơn vị cấp trên',
      children: unit.parentId ? (
        <ScopedLink to={recordPath('units', unit.parentId)}>{unit.parentName}</ScopedLink>
      ) : (
        'Trực thuộc UBND xã, phường'
      ),
    },
    { key: 'activePeople', label: 'Nhân sự đang công tác', children: formatNumberVi(unit.activePeople) },
    ...retirementFields(unit),
  ];
}

export function UnitDetailPage() {
  return (
    <RecordDetail resource="units" nameOf={(unit) => unit.name} fields={unitFields} Form={UnitFormModal}>
      {(unit) => (
        <>
          <Card title="Nhân sự của đơn vị">
            <PeopleList unitId={unit.id} />
          </Card>
          <UnitRegistrationsPanel unitId={unit.id} />
          <UnitAchievementsPanel unitId={unit.id} />
        </>
      )}
    </RecordDetail>
  );
}
