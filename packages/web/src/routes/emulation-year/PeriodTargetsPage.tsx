import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Skeleton,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';

import {
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_FIELD_LABELS,
  type PeriodTargetProgress,
  type PeriodTargetView,
} from '@thidua/domain';
import { errorMessage } from '../../api/client';
import { useDeletePeriodTarget, usePeriodTargets } from '../../api/period-target-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCommuneId } from '../../shell/commune-scope';
import { formatFigure, VerdictTag } from './indicator-display';
import { PeriodTargetFormModal, type PeriodTargetFormTarget } from './PeriodTargetFormModal';
import { useCanManageYear } from './use-can-manage-year';
import { ScopedLink } from '../../shell/links';
import { paths } from '../../shell/paths';

/** The targets of each period, newest period first (the API's order). */
function groupByPeriod(targets: PeriodTargetView[]) {
  const periods = new Map<string, PeriodTargetView[]>();
  for (const target of targets) {
    const key = `${target.fromYear}–${target.toYear}`;
    periods.set(key, [...(periods.get(key) ?? []), target]);
  }
  return [...periods].map(([period, rows]) => ({ period, rows }));
}

const yearsOf = ({ fromYear, toYear }: PeriodTargetView) =>
  Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);

/** «Mục tiêu 5 năm»: the commune's targets for a period, followed year by year through the indicators. */
export function PeriodTargetsPage() {
  const targets = usePeriodTargets(useCommuneId());
  const canManage = useCanManageYear();
  const [form, setForm] = useState<PeriodTargetFormTarget>(null);

  const addButton = canManage && (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setForm({})}>
      Thêm mục tiêu
    </Button>
  );
  const body = () => {
    if (targets.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
    if (targets.isError) return <ErrorAlert error={targets.error} />;
    if (targets.data.length === 0) {
      return (
        <Card>
          <Empty
            description={
              canManage
                ? 'Chưa có mục tiêu 5 năm nào. Thêm các chỉ tiêu của giai đoạn (ví dụ 2026–2030), rồi gắn chỉ tiêu từng năm vào để theo dõi tiến độ.'
                : 'Chưa có mục tiêu 5 năm nào.'
            }
          />
        </Card>
      );
    }
    return (
      <Flex vertical gap={16}>
        {groupByPeriod(targets.data).map(({ period, rows }) => (
          <Card key={period} title={`Giai đoạn ${period}`}>
            <PeriodTable rows={rows} canManage={canManage} onEdit={(target) => setForm({ target })} />
          </Card>
        ))}
      </Flex>
    );
  };

  return (
    <>
      <PageHeader title="Mục tiêu 5 năm" extra={addButton} />
      <Typography.Paragraph type="secondary">
        Mỗi mục tiêu là mức cần đạt đến cuối giai đoạn; tiến độ so số thực hiện của năm gần nhất với mục tiêu,
        tạm tính cho đến năm cuối. Số từng năm lấy từ chỉ tiêu của năm đó có gắn với mục tiêu.
      </Typography.Paragraph>
      {body()}
      <PeriodTargetFormModal form={form} onClose={() => setForm(null)} />
    </>
  );
}

function PeriodTable({
  rows,
  canManage,
  onEdit,
}: {
  rows: PeriodTargetView[];
  canManage: boolean;
  onEdit: (target: PeriodTargetView) => void;
}) {
  const columns: TableColumnsType<PeriodTargetView> = [
    {
      title: 'Tên chỉ tiêu',
      dataIndex: 'name',
      fixed: 'left',
      width: 260,
      render: (name: string, target) => (
        <Flex vertical gap={2}>
          <span>{name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              INDICATOR_FIELD_LABELS[target.field],
              INDICATOR_DIRECTION_LABELS[target.direction],
              target.source && `Nguồn: ${target.source}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: 'Mục tiêu',
      dataIndex: 'target',
      width: 120,
      align: 'right',
      render: (value: number | null, target) => formatFigure(value, target.unit),
    },
    ...yearsOf(rows[0]!).map((year): TableColumnsType<PeriodTargetView>[number] => ({
      title: String(year),
      key: `year-${year}`,
      width: 110,
      align: 'right',
      render: (_: unknown, target) => <YearCell target={target} year={year} />,
    })),
    {
      title: 'Tiến độ',
      key: 'progress',
      width: 200,
      render: (_: unknown, target) => <ProgressCell progress={target.progress} />,
    },
    ...(canManage
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            width: 130,
            render: (_: unknown, target: PeriodTargetView) => (
              <Flex gap={4}>
                <Button size="small" aria-label={`Sửa ${target.name}`} onClick={() => onEdit(target)}>
                  Sửa
                </Button>
                <DeletePeriodTargetButton target={target} />
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<PeriodTargetView>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}

/** The year's actual (linked to its year page) and how it stands against the five-year target. */
function YearCell({ target, year }: { target: PeriodTargetView; year: number }) {
  const indicator = target.indicators.find((i) => i.year === year);
  if (!indicator) {
    return <span title="Chưa có chỉ tiêu năm nào gắn với mục tiêu này">—</span>;
  }
  const judged = target.progress.years.find((y) => y.year === year);
  return (
    <Flex vertical align="end" gap={2}>
      <ScopedLink to={paths.year(indicator.yearId)} title={`Chỉ tiêu năm ${year}: ${indicator.name}`}>
        {indicator.actual === null ? 'Chưa có số liệu' : formatFigure(indicator.actual)}
      </ScopedLink>
      {judged && <VerdictTag verdict={judged.verdict} />}
    </Flex>
  );
}

function ProgressCell({ progress }: { progress: PeriodTargetProgress }) {
  if (progress.latestYear === null)
    return <Typography.Text type="secondary">Chưa có số liệu</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      <Flex gap={8} align="center">
        <VerdictTag verdict={progress.verdict} />
        <span>{progress.percentText ?? ''}</span>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {progress.final
          ? `Kết quả năm cuối ${progress.latestYear}`
          : `Tạm tính theo năm ${progress.latestYear}`}
        {` · ${progress.yearsMet}/${progress.years.length} năm đạt`}
      </Typography.Text>
    </Flex>
  );
}

/** Refused by the API while a year's indicator follows the target; the message says so. */
function DeletePeriodTargetButton({ target }: { target: PeriodTargetView }) {
  const remove = useDeletePeriodTarget(useCommuneId());
  const { message } = App.useApp();
  const confirm = async () => {
    try {
      await remove.mutateAsync(target.id);
      void message.success(`Đã xóa mục tiêu «${target.name}».`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <Popconfirm
      title={`Xóa mục tiêu «${target.name}»?`}
      okText="Xóa"
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      onConfirm={confirm}
    >
      <Button size="small" danger aria-label={`Xóa ${target.name}`} loading={remove.isPending}>
        Xóa
      </Button>
    </Popconfirm>
  );
}
