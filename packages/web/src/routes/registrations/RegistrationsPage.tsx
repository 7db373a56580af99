import { useState } from 'react';
import { Button, Empty, Flex, Select, Tabs, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import {
  canManageOrganisation,
  canRegisterNow,
  formatDateVi,
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_STATUSES,
  REGISTRATION_SUBJECT_LABELS,
  SUBJECT_TYPES,
  type RegistrationFilter,
  type RegistrationListQuery,
  type RegistrationView,
  type SubjectType,
  type TitleId,
  type WriteScope,
} from '@thidua/domain';
import { useUnits } from '../../api/organisation-hooks';
import {
  useMyRegistrations,
  useRegistrationList,
  useRegistrationSummary,
} from '../../api/registration-hooks';
import { useCurrentUser } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { useWriteScope } from '../../shell/ScopedPickers';
import { useYear, useYearIsOpen } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { BulkRegistrationModal } from './BulkRegistrationModal';
import { DeadlineBanner } from './DeadlineBanner';
import { RegistrationActions } from './RegistrationActions';
import { RegistrationStatus } from './registration-display';
import { RegistrationFormModal } from './RegistrationFormModal';
import { RegistrationHistoryDrawer } from './RegistrationHistoryDrawer';
import { ResubmitRegistrationModal } from './ResubmitRegistrationModal';
import { ReturnRegistrationModal } from './ReturnRegistrationModal';

type StatusFilter = NonNullable<RegistrationListQuery['status']>;

/** Members see their own registrations, unit heads their unit's; the others the whole commune's. */
function ownFilter(scope: WriteScope, isOfficer: boolean): RegistrationFilter {
  if (isOfficer) return {};
  if (scope.kind === 'self') return { personId: scope.personId };
  if (scope.kind === 'unit') return { unitId: scope.unitId };
  return {};
}

const STATUS_OPTIONS: { value: StatusFilter | 'all'; label: string }[] = [
  { value: 'standing', label: 'Đang đăng ký (chưa rút)' },
  ...REGISTRATION_STATUSES.map((status) => ({ value: status, label: REGISTRATION_STATUS_LABELS[status] })),
  { value: 'all', label: 'Tất cả trạng thái' },
];

/**
 * «Đăng ký thi đua» of the year: the deadline, the list per title with its counts, each
 * registration's status and the actions the user may take on it.
 */
export function RegistrationsPage() {
  const communeId = useCommuneId();
  const year = useYear();
  const yearOpen = useYearIsOpen();
  const user = useCurrentUser();
  const scope = useWriteScope();
  const isOfficer = canManageOrganisation(user.role);
  const own = ownFilter(scope, isOfficer);
  const mine = useMyRegistrations(communeId, year.id);

  const [title, setTitle] = useState<TitleId | 'all'>('all');
  const [status, setStatus] = useState<StatusFilter | 'all'>('standing');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [subjectType, setSubjectType] = useState<SubjectType | undefined>();
  const filter: RegistrationFilter = {
    ...own,
    ...(own.unitId || own.personId ? {} : { unitId }),
    subjectType,
  };
  const summary = useRegistrationSummary(communeId, year.id, filter);

  const [adding, setAdding] = useState<'one' | 'unit' | null>(null);
  const mayRegister = yearOpen && canRegisterNow(user, mine.data?.open ?? false);

  const counts = summary.data ?? [];
  const tabs = [
    { key: 'all', label: `Tất cả (${counts.reduce((sum, c) => sum + c.total, 0)})` },
    ...counts.map((c) => ({ key: c.title, label: `${c.titleLabel} (${c.total})` })),
  ];
  const listFilters = {
    ...filter,
    title: title === 'all' ? undefined : title,
    status: status === 'all' ? undefined : status,
  };

  return (
    <>
      <PageHeader
        title="Đăng ký thi đua"
        extra={
          mayRegister && (
            <Flex gap={8} wrap>
              {scope.kind !== 'self' && (
                <Button icon={<TeamOutlined aria-hidden />} onClick={() => setAdding('unit')}>
                  Đăng ký theo đơn vị
                </Button>
              )}
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding('one')}>
                Đăng ký
              </Button>
            </Flex>
          )
        }
      />
      {mine.isError && <ErrorAlert error={mine.error} />}
      {mine.data && <DeadlineBanner mine={mine.data} />}
      {!isOfficer && scope.kind !== 'none' && (
        <Typography.Paragraph type="secondary">
          {scope.kind === 'self'
            ? 'Bạn thấy và quản lý các đăng ký của chính mình.'
            : 'Bạn thấy và quản lý các đăng ký của đơn vị mình phụ trách và nhân sự của đơn vị.'}
        </Typography.Paragraph>
      )}
      {summary.isError && <ErrorAlert error={summary.error} />}
      <Tabs
        activeKey={title}
        onChange={(key) => setTitle(key as TitleId | 'all')}
        items={tabs}
        aria-label="Danh sách theo danh hiệu"
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select<StatusFilter | 'all'>
          aria-label="Lọc theo trạng thái"
          value={status}
          onChange={setStatus}
          options={STATUS_OPTIONS}
          style={{ width: 220 }}
        />
        <Select<SubjectType>
          aria-label="Lọc theo đối tượng"
          placeholder="Cá nhân và tập thể"
          allowClear
          value={subjectType}
          onChange={setSubjectType}
          options={SUBJECT_TYPES.map((type) => ({ value: type, label: REGISTRATION_SUBJECT_LABELS[type] }))}
          style={{ width: 180 }}
        />
        {!own.unitId && !own.personId && <UnitFilter value={unitId} onChange={setUnitId} />}
      </Flex>
      <RegistrationTable
        key={JSON.stringify(listFilters)}
        filters={listFilters}
        windowOpen={mine.data?.open ?? false}
      />
      <RegistrationFormModal open={adding === 'one'} onClose={() => setAdding(null)} />
      <BulkRegistrationModal open={adding === 'unit'} onClose={() => setAdding(null)} />
    </>
  );
}

function UnitFilter({ value, onChange }: { value?: string; onChange: (unitId: string | undefined) => void }) {
  const units = useUnits(useCommuneId(), 'all');
  return (
    <Select<string>
      aria-label="Lọc theo cơ quan, đơn vị"
      placeholder="Tất cả cơ quan, đơn vị"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
      style={{ width: 260 }}
    />
  );
}

type ListFilters = RegistrationFilter & { title?: TitleId; status?: StatusFilter };

/** The registrations that match, a page at a time, with the actions each allows and its history. */
function RegistrationTable({ filters, windowOpen }: { filters: ListFilters; windowOpen: boolean }) {
  const communeId = useCommuneId();
  const year = useYear();
  const paged = useRegistrationList(communeId, year.id, { ...filters });
  const [returning, setReturning] = useState<RegistrationView | null>(null);
  const [resubmitting, setResubmitting] = useState<RegistrationView | null>(null);
  const [history, setHistory] = useState<RegistrationView | null>(null);

  const columns: TableColumnsType<RegistrationView> = [
    {
      title: 'Cá nhân, tập thể',
      key: 'subject',
      render: (_, r) => (
        <Flex vertical>
          <span>{r.subjectName}</span>
          <Typography.Text type="secondary">
            {r.subjectType === 'unit' ? 'Tập thể' : (r.subjectUnitName ?? 'Chưa xếp đơn vị')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: 'Danh hiệu đăng ký', dataIndex: 'titleLabel', width: 230 },
    {
      title: 'Trạng thái',
      key: 'status',
      width: 230,
      render: (_, r) => <RegistrationStatus registration={r} />,
    },
    { title: 'Ngày đăng ký', dataIndex: 'createdAt', width: 120, render: (d: string) => formatDateVi(d) },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 250,
      render: (_, r) => (
        <RegistrationActions
          registration={r}
          windowOpen={windowOpen}
          onReturn={setReturning}
          onResubmit={setResubmitting}
          onHistory={setHistory}
        />
      ),
    },
  ];

  return (
    <>
      <PagedTable<RegistrationView>
        paged={paged}
        columns={columns}
        searchPlaceholder="Tìm theo họ tên, tên đơn vị (không cần gõ dấu)"
        aria-label="Danh sách đăng ký thi đua"
        locale={{ emptyText: <Empty description="Chưa có đăng ký nào khớp bộ lọc đang chọn." /> }}
      />
      <ReturnRegistrationModal registration={returning} onClose={() => setReturning(null)} />
      <ResubmitRegistrationModal registration={resubmitting} onClose={() => setResubmitting(null)} />
      <RegistrationHistoryDrawer registration={history} onClose={() => setHistory(null)} />
    </>
  );
}
