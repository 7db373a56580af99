import { useState } from 'react';
import { Button, Empty, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';

import { formatDateVi, isYearLocked, YEAR_STATUS_LABELS, type EmulationYearSummary } from '@thidua/domain';
import { useEmulationYears } from '../../api/year-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCommuneId } from '../../shell/commune-scope';
import { useCanManageYear } from './use-can-manage-year';
import { OpenYearModal } from './YearFormModal';
import { ScopedLink } from '../../shell/links';
import { paths } from '../../shell/paths';

/** The stage of a year as a tag: blue while it runs, grey once closed. */
export function YearStatusTag({ year }: { year: EmulationYearSummary }) {
  return <Tag color={isYearLocked(year.status) ? 'default' : 'blue'}>{YEAR_STATUS_LABELS[year.status]}</Tag>;
}

const columns: TableColumnsType<EmulationYearSummary> = [
  {
    title: 'Năm',
    dataIndex: 'year',
    width: 90,
    render: (year: number, row) => <ScopedLink to={paths.year(row.id)}>{year}</ScopedLink>,
  },
  { title: 'Chủ đề thi đua', dataIndex: 'theme' },
  {
    title: 'Giai đoạn',
    dataIndex: 'status',
    width: 170,
    render: (_: unknown, row) => <YearStatusTag year={row} />,
  },
  {
    title: 'Hạn đăng ký thi đua',
    dataIndex: 'registrationDeadline',
    width: 170,
    render: (deadline: string | null) => (deadline ? formatDateVi(deadline) : 'Chưa đặt'),
  },
];

/** «Năm thi đua»: the commune's years, newest first, and opening a new one. */
export function EmulationYearsPage() {
  const years = useEmulationYears(useCommuneId());
  const canManage = useCanManageYear();
  const [opening, setOpening] = useState(false);

  const openButton = canManage && (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpening(true)}>
      Mở năm thi đua
    </Button>
  );
  return (
    <>
      <PageHeader title="Năm thi đua" extra={openButton} />
      {years.isError && <ErrorAlert error={years.error} />}
      <Table<EmulationYearSummary>
        rowKey="id"
        columns={columns}
        dataSource={years.data ?? []}
        loading={years.isPending}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{
          emptyText: years.isPending ? (
            ' '
          ) : (
            <Empty
              description={
                canManage
                  ? 'Chưa có năm thi đua nào. Mở năm thi đua để nhập chủ đề, chỉ tiêu và bắt đầu đăng ký.'
                  : 'Chưa có năm thi đua nào.'
              }
            />
          ),
        }}
      />
      <OpenYearModal open={opening} onClose={() => setOpening(false)} />
    </>
  );
}
