import { useState, type ReactNode } from 'react';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Skeleton,
  Statistic,
  Switch,
  Table,
  Tag,
  Tree,
  Typography,
  type TableColumnsType,
  type TreeDataNode,
} from 'antd';
import {
  formatNumberVi,
  UNIT_KIND_LABELS,
  type ResidentialGroupSummary,
  type UnitSummary,
} from '@thidua/domain';
import {
  useRecordTotal,
  useResidentialGroups,
  useUnits,
  type RecordStatusFilter,
} from '../../api/organisation-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCanManageOrganisation, useCommuneId } from '../../shell/commune-scope';
import { recordPath, RESOURCES } from './organisation-resources';
import { retiredRowClass } from './RecordActions';
import './organisation.css';
import { ScopedLink } from '../../shell/links';
import { useScopedNavigate } from '../../shell/links';

/** «Tổ chức»: the commune's units as a tree, its residential groups, and the head counts. */
export function OrganisationPage() {
  const communeId = useCommuneId();
  const [showRetired, setShowRetired] = useState(false);
  const status: RecordStatusFilter = showRetired ? 'all' : 'active';
  const units = useUnits(communeId, status);
  const groups = useResidentialGroups(communeId, status);

  return (
    <>
      <PageHeader
        title="Tổ chức"
        extra={
          <Flex component="label" align="center" gap={8}>
            <Switch checked={showRetired} onChange={setShowRetired} />
            Hiện cả đơn vị, tổ đã thôi
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <OrganisationCounts units={units.data} groups={groups.data} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card
              title="Cơ quan, đơn vị"
              extra={<ScopedLink to={RESOURCES.units.listPath}>Quản lý đơn vị</ScopedLink>}
              style={{ height: '100%' }}
            >
              {units.isError ? (
                <ErrorAlert error={units.error} />
              ) : units.isPending ? (
                <Skeleton active />
              ) : (
                <UnitTree units={units.data} />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card
              title="Khóm, ấp, thôn, tổ dân phố"
              extra={<ScopedLink to={RESOURCES['residential-groups'].listPath}>Quản lý khóm, tổ</ScopedLink>}
              style={{ height: '100%' }}
            >
              {groups.isError ? (
                <ErrorAlert error={groups.error} />
              ) : (
                <GroupTable groups={groups.data} loading={groups.isPending} />
              )}
            </Card>
          </Col>
        </Row>
      </Flex>
    </>
  );
}

function OrganisationCounts({
  units,
  groups,
}: {
  units?: UnitSummary[];
  groups?: ResidentialGroupSummary[];
}) {
  const communeId = useCommuneId();
  const people = useRecordTotal(communeId, 'people');
  const households = useRecordTotal(communeId, 'households');
  const active = <T extends { retiredOn: string | null }>(rows?: T[]) =>
    rows?.filter((row) => !row.retiredOn);
  const cards = [
    { title: 'Cơ quan, đơn vị', value: active(units)?.length, link: RESOURCES.units.listPath },
    { title: 'Nhân sự', value: people.data, link: RESOURCES.people.listPath },
    {
      title: 'Khóm, tổ dân phố',
      value: active(groups)?.length,
      link: RESOURCES['residential-groups'].listPath,
    },
    { title: 'Hộ gia đình', value: households.data, link: RESOURCES.households.listPath },
    {
      title: 'Nhân khẩu',
      value: active(groups)?.reduce((sum, group) => sum + group.residents, 0),
      link: RESOURCES.households.listPath,
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.title} xs={12} md={8} xl={{ flex: '20%' }}>
          <ScopedLink to={card.link}>
            <Card hoverable>
              <Statistic
                title={card.title}
                value={card.value ?? 0}
                loading={card.value === undefined}
                formatter={(value) => formatNumberVi(Number(value))}
              />
            </Card>
          </ScopedLink>
        </Col>
      ))}
    </Row>
  );
}

/** Units under their parents; a unit whose parent is not listed (retired, hidden) stands at the top. */
function toTree(units: UnitSummary[]): TreeDataNode[] {
  const listed = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<string | null, UnitSummary[]>();
  for (const unit of units) {
    const parent = unit.parentId && listed.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const build = (parent: string | null): TreeDataNode[] =>
    (childrenOf.get(parent) ?? []).map((unit) => ({
      key: unit.id,
      title: <UnitNode unit={unit} />,
      children: build(unit.id),
    }));
  return build(null);
}

function UnitNode({ unit }: { unit: UnitSummary }) {
  return (
    <span className={unit.retiredOn ? 'organisation-retired' : undefined}>
      <ScopedLink to={recordPath('units', unit.id)}>{unit.name}</ScopedLink>
      <Typography.Text type="secondary">
        {' '}
        · {UNIT_KIND_LABELS[unit.kind]} · {formatNumberVi(unit.activePeople)} người
      </Typography.Text>
      {unit.retiredOn && <Tag style={{ marginInlineStart: 8 }}>Đã thôi</Tag>}
    </span>
  );
}

function UnitTree({ units }: { units: UnitSummary[] }) {
  const canManage = useCanManageOrganisation();
  if (units.length === 0)
    return (
      <Empty description="Chưa có cơ quan, đơn vị nào.">
        {canManage && <GoButton to={RESOURCES.units.listPath}>Thêm đơn vị</GoButton>}
      </Empty>
    );
  return (
    <Tree
      className="organisation-tree"
      treeData={toTree(units)}
      defaultExpandAll
      selectable={false}
      showLine
      aria-label="Cây cơ quan, đơn vị"
    />
  );
}

const groupColumns: TableColumnsType<ResidentialGroupSummary> = [
  {
    title: 'Tên',
    dataIndex: 'name',
    render: (name: string, group) => (
      <>
        <ScopedLink to={recordPath('residential-groups', group.id)}>{name}</ScopedLink>
        {group.retiredOn && <Tag style={{ marginInlineStart: 8 }}>Đã thôi</Tag>}
      </>
    ),
  },
  {
    title: 'Số hộ',
    dataIndex: 'activeHouseholds',
    width: 90,
    align: 'right',
    render: (value: number) => formatNumberVi(value),
  },
  {
    title: 'Nhân khẩu',
    dataIndex: 'residents',
    width: 110,
    align: 'right',
    render: (value: number) => formatNumberVi(value),
  },
];

function GroupTable({ groups, loading }: { groups?: ResidentialGroupSummary[]; loading: boolean }) {
  const canManage = useCanManageOrganisation();
  return (
    <Table<ResidentialGroupSummary>
      size="small"
      rowKey="id"
      columns={groupColumns}
      dataSource={groups ?? []}
      loading={loading}
      pagination={false}
      rowClassName={retiredRowClass}
      locale={{
        emptyText: loading ? (
          ' '
        ) : (
          <Empty description="Chưa có khóm, ấp, thôn, tổ dân phố nào.">
            {canManage && (
              <GoButton to={RESOURCES['residential-groups'].listPath}>Thêm khóm, tổ dân phố</GoButton>
            )}
          </Empty>
        ),
      }}
    />
  );
}

/** The next step from an empty card: the page where records are added. */
function GoButton({ to, children }: { to: string; children: ReactNode }) {
  const navigate = useScopedNavigate();
  return (
    <Button type="primary" onClick={() => navigate(to)}>
      {children}
    </Button>
  );
}
