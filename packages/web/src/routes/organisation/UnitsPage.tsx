import type { TableColumnsType } from 'antd';

import { formatNumberVi, UNIT_KIND_LABELS, type UnitKind, type UnitSummary } from '@thidua/domain';
import { PageHeader } from '../../components/PageHeader';
import { recordPath } from './organisation-resources';
import { SmallRecordList } from './SmallRecordList';
import { UnitFormModal } from './UnitFormModal';
import { ScopedLink } from '../../shell/links';

const columns: TableColumnsType<UnitSummary> = [
  {
    title: 'Tên đơn vị',
    dataIndex: 'name',
    render: (name: string, unit) => <ScopedLink to={recordPath('units', unit.id)}>{name}</ScopedLink>,
  },
  { title: 'Loại', dataIndex: 'kind', width: 210, render: (kind: UnitKind) => UNIT_KIND_LABELS[kind] },
  {
    title: 'Đơn vị cấp trên',
    dataIndex: 'parentName',
    render: (parentName: string | null, unit) =>
      unit.parentId ? <ScopedLink to={recordPath('units', unit.parentId)}>{parentName}</ScopedLink> : '—',
  },
  {
    title: 'Nhân sự',
    dataIndex: 'activePeople',
    width: 100,
    align: 'right',
    render: (count: number) => formatNumberVi(count),
  },
];

/** «Cơ quan, đơn vị»: the departments and mass organisations of the commune. */
export function UnitsPage() {
  return (
    <>
      <PageHeader title="Cơ quan, đơn vị" />
      <SmallRecordList
        resource="units"
        columns={columns}
        nameOf={(unit) => unit.name}
        searchLabel="Lọc theo tên đơn vị"
        addLabel="Thêm đơn vị"
        nothingYet="Chưa có cơ quan, đơn vị nào."
        next="Thêm các cơ quan, ban, ngành, đoàn thể của xã, phường trước khi thêm nhân sự."
        Form={UnitFormModal}
      />
    </>
  );
}
