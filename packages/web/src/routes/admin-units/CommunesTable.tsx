import type { ReactNode } from 'react';
import { Tag, type TableColumnsType } from 'antd';

import { ADMIN_LEVEL_LABELS, AdminUnitSummarySchema } from '@thidua/domain';
import { queryKeys } from '../../api/hooks';
import { usePagedQuery } from '../../api/paged';
import type { AdminUnit } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { ScopedLink } from '../../shell/links';
import { paths } from '../../shell/paths';

const columns: TableColumnsType<AdminUnit> = [
  { title: 'Mã', dataIndex: 'code', width: 90 },
  {
    title: 'Tên xã, phường',
    dataIndex: 'name',
    render: (name: string, unit) => (
      <>
        <ScopedLink to={paths.adminUnit(unit.id)}>{name}</ScopedLink>
        {unit.isDemo && <Tag style={{ marginInlineStart: 8 }}>Demo</Tag>}
      </>
    ),
  },
  {
    title: 'Cấp',
    dataIndex: 'level',
    width: 110,
    render: (level: AdminUnit['level']) => ADMIN_LEVEL_LABELS[level],
  },
  { title: 'Địa chỉ trụ sở', dataIndex: 'address', render: (address: string | null) => address ?? '—' },
];

/** The communes and wards the user may see, searchable, each linking to its detail page. */
export function CommunesTable({ pageSize, toolbar }: { pageSize?: number; toolbar?: ReactNode }) {
  const paged = usePagedQuery(queryKeys.communes, '/api/communes', AdminUnitSummarySchema, { pageSize });
  return (
    <PagedTable<AdminUnit>
      paged={paged}
      columns={columns}
      searchPlaceholder="Tìm theo tên hoặc mã"
      toolbar={toolbar}
    />
  );
}
