import { Card, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';

import {
  EXEMPLAR_STAGE_LABELS,
  type AchievementView,
  type ExemplarView,
  type InitiativeView,
  type SubjectAchievements,
} from '@thidua/domain';
import { usePersonAchievements, useUnitAchievements } from '../../api/achievement-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommuneId } from '../../shell/commune-scope';
import { optionalDate, RecognitionText } from './honour-display';
import { ScopedLink } from '../../shell/links';
import { inYear, paths } from '../../shell/paths';

/** The year, linking to that year's list of the kind. */
const yearColumn = <T extends { year: number }>(path: string): TableColumnsType<T>[number] => ({
  title: 'Năm',
  dataIndex: 'year',
  width: 80,
  render: (year: number) => <ScopedLink to={inYear(path, year)}>{year}</ScopedLink>,
});

const achievementColumns: TableColumnsType<AchievementView> = [
  yearColumn(paths.achievements),
  { title: 'Thành tích', dataIndex: 'title' },
  { title: 'Ngày đạt', dataIndex: 'achievedOn', width: 120, render: optionalDate },
];

const initiativeColumns = (withAuthor: boolean): TableColumnsType<InitiativeView> => [
  yearColumn(paths.initiatives),
  { title: 'Tên sáng kiến', dataIndex: 'title' },
  ...(withAuthor ? [{ title: 'Tác giả', dataIndex: 'authorName', width: 180 }] : []),
  {
    title: 'Công nhận',
    key: 'recognition',
    width: 220,
    render: (_, i) => <RecognitionText initiative={i} />,
  },
];

const exemplarColumns: TableColumnsType<ExemplarView> = [
  yearColumn(paths.exemplars),
  { title: 'Nội dung điển hình', dataIndex: 'description' },
  {
    title: 'Giai đoạn',
    dataIndex: 'stage',
    width: 120,
    render: (stage: ExemplarView['stage']) => EXEMPLAR_STAGE_LABELS[stage],
  },
];

function Section<T extends { id: string }>({
  title,
  rows,
  columns,
  empty,
}: {
  title: string;
  rows: T[];
  columns: TableColumnsType<T>;
  empty: string;
}) {
  return (
    <section aria-label={title}>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Table<T>
        rowKey="id"
        size="small"
        dataSource={rows}
        columns={columns}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: empty }}
      />
    </section>
  );
}

function SubjectAchievementsCard({
  query,
  forUnit,
}: {
  query: UseQueryResult<SubjectAchievements>;
  forUnit: boolean;
}) {
  return (
    <Card title="Thành tích, sáng kiến, điển hình tiên tiến">
      {query.isPending ? (
        <Skeleton active />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <Flex vertical gap={16}>
          <Section
            title={forUnit ? 'Thành tích của tập thể' : 'Thành tích'}
            rows={query.data.achievements}
            columns={achievementColumns}
            empty="Chưa có thành tích nào được ghi nhận."
          />
          <Section
            title={forUnit ? 'Sáng kiến của cán bộ đơn vị' : 'Sáng kiến'}
            rows={query.data.initiatives}
            columns={initiativeColumns(forUnit)}
            empty="Chưa có sáng kiến nào."
          />
          <Section
            title="Điển hình tiên tiến"
            rows={query.data.exemplars}
            columns={exemplarColumns}
            empty="Chưa được ghi nhận là điển hình tiên tiến."
          />
        </Flex>
      )}
    </Card>
  );
}

/** On a person's page: their achievements, initiatives and exemplar records across the years. */
export function PersonAchievementsPanel({ personId }: { personId: string }) {
  return <SubjectAchievementsCard query={usePersonAchievements(useCommuneId(), personId)} forUnit={false} />;
}

/** On a unit's page: its own achievements and exemplar records, and its people's initiatives, across the years. */
export function UnitAchievementsPanel({ unitId }: { unitId: string }) {
  return <SubjectAchievementsCard query={useUnitAchievements(useCommuneId(), unitId)} forUnit />;
}
