import { Card, Empty, type TableColumnsType } from 'antd';

import { formatDateVi, type RegistrationFilter, type RegistrationView } from '@thidua/domain';
import { useSubjectRegistrations } from '../../api/registration-hooks';
import { PagedTable } from '../../components/PagedTable';
import { useCommuneId } from '../../shell/commune-scope';
import { RegistrationStatus } from './registration-display';
import { ScopedLink } from '../../shell/links';
import { inYear, paths } from '../../shell/paths';

const columns: TableColumnsType<RegistrationView> = [
  {
    title: 'Năm',
    dataIndex: 'year',
    width: 90,
    render: (year: number) => <ScopedLink to={inYear(paths.registrations, year)}>{year}</ScopedLink>,
  },
  { title: 'Danh hiệu đăng ký', dataIndex: 'titleLabel' },
  {
    title: 'Trạng thái',
    key: 'status',
    width: 230,
    render: (_, r) => <RegistrationStatus registration={r} />,
  },
  { title: 'Ngày đăng ký', dataIndex: 'createdAt', width: 120, render: (d: string) => formatDateVi(d) },
];

/** «Đăng ký thi đua» over the years, newest first, for a person's or a unit's page. */
function SubjectRegistrationsPanel({
  filter,
  nothingYet,
}: {
  filter: RegistrationFilter;
  nothingYet: string;
}) {
  const paged = useSubjectRegistrations(useCommuneId(), filter);
  return (
    <Card title="Đăng ký thi đua">
      <PagedTable<RegistrationView>
        paged={paged}
        columns={columns}
        size="small"
        aria-label="Đăng ký thi đua qua các năm"
        locale={{ emptyText: <Empty description={nothingYet} /> }}
      />
    </Card>
  );
}

/** The titles a person registered for, year by year. */
export function PersonRegistrationsPanel({ personId }: { personId: string }) {
  return (
    <SubjectRegistrationsPanel filter={{ personId }} nothingYet="Người này chưa đăng ký thi đua năm nào." />
  );
}

/** The collective titles a unit registered for, year by year (its people's are on their own pages). */
export function UnitRegistrationsPanel({ unitId }: { unitId: string }) {
  return (
    <SubjectRegistrationsPanel
      filter={{ unitId, subjectType: 'unit' }}
      nothingYet="Đơn vị này chưa đăng ký danh hiệu tập thể năm nào."
    />
  );
}
