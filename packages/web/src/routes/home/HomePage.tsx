import { Alert, Card, Col, Flex, Row, Skeleton, Statistic, Table, type TableColumnsType } from 'antd';

import {
  canReadAuditLog,
  formatNumberVi,
  isProvinceWide,
  ROLE_LABELS,
  ROLES,
  type Role,
} from '@thidua/domain';
import { useOverview, useRecentAudit } from '../../api/hooks';
import type { AdminUnitOverview, AuditEntry } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { demoNotice } from '../admin-units/AdminUnitDetail';
import { CommunesTable } from '../admin-units/CommunesTable';
import { MergerHistory } from '../admin-units/MergerHistory';
import {
  auditActionColumn,
  auditActorColumn,
  auditEntityColumn,
  auditTimeColumn,
} from '../audit/audit-columns';
import { ScopedLink } from '../../shell/links';
import { paths } from '../../shell/paths';

export function HomePage() {
  const { adminUnit, role } = useCurrentUser();
  const overview = useOverview(adminUnit.id);
  const showActivity = canReadAuditLog(role);

  if (overview.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (overview.isError) return <ErrorAlert error={overview.error} />;

  const { adminUnit: unit, mergedFrom } = overview.data;
  const isProvince = unit.level === 'province';
  return (
    <>
      <PageHeader title={unit.name} />
      <Flex vertical gap={16}>
        {unit.isDemo && <Alert type="warning" showIcon title={demoNotice(unit.level)} />}
        <StatisticCards overview={overview.data} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={showActivity ? 10 : 24}>
            <UsersByRoleCard overview={overview.data} />
          </Col>
          {showActivity && (
            <Col xs={24} xl={14}>
              <RecentActivityCard unitId={unit.id} />
            </Col>
          )}
        </Row>
        {mergedFrom.length > 0 && (
          <Card title="Hình thành từ sáp nhập">
            <MergerHistory formerUnits={mergedFrom} />
          </Card>
        )}
        {isProvince && (
          <Card title="Xã, phường trực thuộc">
            <CommunesTable pageSize={10} />
          </Card>
        )}
      </Flex>
    </>
  );
}

function StatisticCards({ overview }: { overview: AdminUnitOverview }) {
  const { counts } = overview;
  const cards = [
    { title: 'Tài khoản đang hoạt động', value: counts.activeUsers },
    { title: 'Tài khoản đã khóa', value: counts.disabledUsers },
    { title: 'Đơn vị sáp nhập vào', value: counts.formerUnits },
    { title: 'Thao tác 30 ngày qua', value: counts.auditEventsLast30Days },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.title} xs={24} sm={12} xl={6}>
          <Card>
            <Statistic
              title={card.title}
              value={card.value}
              formatter={(value) => formatNumberVi(Number(value))}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

interface RoleCount {
  role: Role;
  count: number;
}

const roleColumns: TableColumnsType<RoleCount> = [
  { title: 'Vai trò', dataIndex: 'role', render: (role: Role) => ROLE_LABELS[role] },
  {
    title: 'Số tài khoản',
    dataIndex: 'count',
    align: 'right',
    width: 120,
    render: (count: number) => formatNumberVi(count),
  },
];

function UsersByRoleCard({ overview }: { overview: AdminUnitOverview }) {
  const atProvince = overview.adminUnit.level === 'province';
  const rows: RoleCount[] = ROLES.filter((role) => isProvinceWide(role) === atProvince).map((role) => ({
    role,
    count: overview.usersByRole[role] ?? 0,
  }));
  return (
    <Card title="Tài khoản theo vai trò" style={{ height: '100%' }}>
      <Table<RoleCount>
        size="small"
        rowKey="role"
        columns={roleColumns}
        dataSource={rows}
        pagination={false}
      />
    </Card>
  );
}

const activityColumns: TableColumnsType<AuditEntry> = [
  auditTimeColumn,
  auditActorColumn,
  auditActionColumn,
  auditEntityColumn,
];

function RecentActivityCard({ unitId }: { unitId: string }) {
  const recent = useRecentAudit(unitId, 5);
  return (
    <Card
      title="Hoạt động gần đây"
      extra={<ScopedLink to={paths.audit}>Xem nhật ký</ScopedLink>}
      style={{ height: '100%' }}
    >
      {recent.isError ? (
        <ErrorAlert error={recent.error} />
      ) : (
        <Table<AuditEntry>
          size="small"
          rowKey="id"
          columns={activityColumns}
          dataSource={recent.data?.items ?? []}
          loading={recent.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}
