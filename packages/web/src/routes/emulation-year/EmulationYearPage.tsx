import { useState } from 'react';
import { Breadcrumb, Button, Card, Descriptions, Flex, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { formatDateVi, isYearLocked, YEAR_STATUS_LABELS, type EmulationYearDetail } from '@thidua/domain';
import { useEmulationYear } from '../../api/year-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCommuneId } from '../../shell/commune-scope';
import { YearStatusTag } from './EmulationYearsPage';
import { IndicatorsCard } from './IndicatorsCard';
import { useCanManageYear } from './use-can-manage-year';
import { EditYearModal } from './YearFormModal';
import { YearStageCard } from './YearStageCard';
import { ScopedLink } from '../../shell/links';
import { paths } from '../../shell/paths';

/** One year (its id in the path): theme and deadline, the stages, and the key indicators. */
export function EmulationYearPage() {
  const { id = '' } = useParams();
  const year = useEmulationYear(useCommuneId(), id);

  const breadcrumb = (title: string) => (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ title: <ScopedLink to={paths.years}>Năm thi đua</ScopedLink> }, { title }]}
    />
  );
  if (year.isPending) {
    return (
      <>
        {breadcrumb('Đang tải…')}
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }
  if (year.isError) {
    return (
      <>
        {breadcrumb('Không mở được')}
        <ErrorAlert error={year.error} />
      </>
    );
  }
  return (
    <>
      {breadcrumb(String(year.data.year))}
      <YearDetail year={year.data} />
    </>
  );
}

function YearDetail({ year }: { year: EmulationYearDetail }) {
  const canManage = useCanManageYear();
  const canEdit = canManage && !isYearLocked(year.status);
  const [editing, setEditing] = useState(false);
  return (
    <>
      <PageHeader
        title={
          <Flex component="span" align="center" gap={12} wrap>
            <span>Năm thi đua {year.year}</span>
            <YearStatusTag year={year} />
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card
          title="Thông tin"
          extra={canEdit && <Button onClick={() => setEditing(true)}>Sửa chủ đề, hạn đăng ký</Button>}
        >
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'theme', label: 'Chủ đề thi đua', children: year.theme, span: 'filled' },
              {
                key: 'deadline',
                label: 'Hạn đăng ký thi đua',
                children: year.registrationDeadline ? formatDateVi(year.registrationDeadline) : 'Chưa đặt',
              },
              { key: 'status', label: 'Giai đoạn', children: YEAR_STATUS_LABELS[year.status] },
            ]}
          />
        </Card>
        <YearStageCard year={year} canManage={canManage} />
        <IndicatorsCard year={year} canEdit={canEdit} />
      </Flex>
      {canEdit && <EditYearModal year={year} open={editing} onClose={() => setEditing(false)} />}
    </>
  );
}
