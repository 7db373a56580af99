import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import {
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_FIELD_LABELS,
  INDICATOR_FIELDS,
  type EmulationYearDetail,
  type IndicatorVerdict,
  type IndicatorView,
} from '@thidua/domain';
import { errorMessage } from '../../api/client';
import { usePeriodTargets } from '../../api/period-target-hooks';
import { useDeleteIndicator, useReorderIndicators } from '../../api/year-hooks';
import { useCommuneId } from '../../shell/commune-scope';
import { ActualModal } from './ActualModal';
import { formatFigure, VerdictTag, VisuallyHidden } from './indicator-display';
import { IndicatorFormModal, type IndicatorFormTarget } from './IndicatorFormModal';

interface Row extends IndicatorView {
  /** The number the reports give it: (1), (2) … in the order listed. */
  number: number;
}

/** The indicators grouped by field, in the fields' order, each group in the year's order. */
function groupByField(indicators: IndicatorView[]) {
  let number = 0;
  return INDICATOR_FIELDS.map((field) => ({
    field,
    rows: indicators.filter((i) => i.field === field).map((i): Row => ({ ...i, number: ++number })),
  })).filter((group) => group.rows.length > 0);
}

/**
 * «Chỉ tiêu chủ yếu» of the year: target, actual, percent and verdict of each, and "Đạt 10/12
 * chỉ tiêu". Those who keep the year add, edit, delete, reorder and enter actuals while it is open.
 */
export function IndicatorsCard({ year, canEdit }: { year: EmulationYearDetail; canEdit: boolean }) {
  const communeId = useCommuneId();
  const [form, setForm] = useState<IndicatorFormTarget>(null);
  const [entering, setEntering] = useState<IndicatorView | null>(null);
  const reorder = useReorderIndicators(communeId, year.id);
  const { message } = App.useApp();
  const groups = groupByField(year.indicators);
  const listed = groups.flatMap((group) => group.rows);

  /** Swaps an indicator with its neighbour in the same field. */
  const move = async (rows: Row[], index: number, by: -1 | 1) => {
    const ids = listed.map((row) => row.id);
    const from = ids.indexOf(rows[index]!.id);
    const to = ids.indexOf(rows[index + by]!.id);
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    try {
      await reorder.mutateAsync(ids);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const columns = useIndicatorColumns({
    canEdit,
    yearId: year.id,
    onEnterActual: setEntering,
    onEdit: (indicator) => setForm({ indicator }),
    onMove: move,
    moving: reorder.isPending,
  });

  return (
    <Card
      title="Chỉ tiêu chủ yếu"
      extra={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setForm({})}>
            Thêm chỉ tiêu
          </Button>
        )
      }
    >
      {groups.length === 0 ? (
        <Empty
          description={
            canEdit
              ? 'Năm chưa có chỉ tiêu nào. Thêm các chỉ tiêu chủ yếu với con số đề ra để theo dõi kết quả.'
              : 'Năm chưa có chỉ tiêu nào.'
          }
        />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {year.indicatorSummary}
          </Typography.Text>
          {groups.map(({ field, rows }) => (
            <section key={field} aria-label={INDICATOR_FIELD_LABELS[field]}>
              <Typography.Title level={5}>{INDICATOR_FIELD_LABELS[field]}</Typography.Title>
              <Table<Row>
                rowKey="id"
                size="middle"
                columns={columns(rows)}
                dataSource={rows}
                pagination={false}
                scroll={{ x: 900 }}
              />
            </section>
          ))}
        </Flex>
      )}
      <IndicatorFormModal year={year} target={form} onClose={() => setForm(null)} />
      <ActualModal yearId={year.id} indicator={entering} onClose={() => setEntering(null)} />
    </Card>
  );
}

interface ColumnOptions {
  canEdit: boolean;
  yearId: string;
  onEnterActual: (indicator: IndicatorView) => void;
  onEdit: (indicator: IndicatorView) => void;
  onMove: (rows: Row[], index: number, by: -1 | 1) => Promise<void>;
  moving: boolean;
}

/** The columns of one field's table (the move buttons need that table's rows). */
function useIndicatorColumns(options: ColumnOptions) {
  const { canEdit, onEnterActual } = options;
  const periodTargets = usePeriodTargets(useCommuneId());
  const targetName = (id: string | null) => periodTargets.data?.find((t) => t.id === id)?.name;

  return (rows: Row[]): TableColumnsType<Row> => [
    { title: 'STT', dataIndex: 'number', width: 60, render: (n: number) => `(${n})` },
    {
      title: 'Tên chỉ tiêu',
      dataIndex: 'name',
      render: (name: string, row) => (
        <Flex vertical gap={2}>
          <span>{name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              INDICATOR_DIRECTION_LABELS[row.direction],
              row.source && `Nguồn: ${row.source}`,
              row.periodTargetId && `Mục tiêu 5 năm: ${targetName(row.periodTargetId) ?? '…'}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: 'Đơn vị tính', dataIndex: 'unit', width: 110, render: (unit: string | null) => unit ?? '—' },
    {
      title: 'Chỉ tiêu',
      dataIndex: 'target',
      width: 110,
      align: 'right',
      render: (target: number | null) => formatFigure(target),
    },
    {
      title: 'Thực hiện',
      dataIndex: 'actual',
      width: 130,
      align: 'right',
      render: (actual: number | null, row) =>
        canEdit ? (
          <Button
            size="small"
            type={actual === null ? 'primary' : 'default'}
            ghost={actual === null}
            onClick={() => onEnterActual(row)}
          >
            <span aria-hidden>{actual === null ? 'Nhập số' : formatFigure(actual)}</span>
            <VisuallyHidden>{`Nhập số thực hiện ${row.name}`}</VisuallyHidden>
          </Button>
        ) : (
          formatFigure(actual)
        ),
    },
    {
      title: 'Tỷ lệ',
      dataIndex: 'percentText',
      width: 90,
      align: 'right',
      render: (percentText: string | null) => percentText ?? '—',
    },
    {
      title: 'Kết quả',
      dataIndex: 'verdict',
      width: 100,
      render: (verdict: IndicatorVerdict) => <VerdictTag verdict={verdict} />,
    },
    ...(canEdit ? [actionsColumn(rows, options)] : []),
  ];
}

function actionsColumn(
  rows: Row[],
  { yearId, onEdit, onMove, moving }: ColumnOptions,
): TableColumnsType<Row>[number] {
  return {
    title: 'Thao tác',
    key: 'actions',
    width: 210,
    render: (_: unknown, row, index) => (
      <Flex gap={4} wrap>
        <Button
          size="small"
          icon={<ArrowUpOutlined aria-hidden />}
          aria-label={`Chuyển lên ${row.name}`}
          disabled={index === 0 || moving}
          onClick={() => void onMove(rows, index, -1)}
        />
        <Button
          size="small"
          icon={<ArrowDownOutlined aria-hidden />}
          aria-label={`Chuyển xuống ${row.name}`}
          disabled={index === rows.length - 1 || moving}
          onClick={() => void onMove(rows, index, 1)}
        />
        <Button size="small" aria-label={`Sửa ${row.name}`} onClick={() => onEdit(row)}>
          Sửa
        </Button>
        <DeleteIndicatorButton yearId={yearId} indicator={row} />
      </Flex>
    ),
  };
}

/** Deleting asks first; the indicator's last values stay in the audit log. */
function DeleteIndicatorButton({ yearId, indicator }: { yearId: string; indicator: IndicatorView }) {
  const remove = useDeleteIndicator(useCommuneId(), yearId);
  const { message } = App.useApp();
  const confirm = async () => {
    try {
      await remove.mutateAsync(indicator.id);
      void message.success(`Đã xóa chỉ tiêu «${indicator.name}».`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <Popconfirm
      title={`Xóa chỉ tiêu «${indicator.name}»?`}
      description="Chỉ tiêu và số thực hiện của nó bị xóa khỏi năm; nhật ký vẫn ghi lại."
      okText="Xóa"
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      onConfirm={confirm}
    >
      <Button size="small" danger aria-label={`Xóa ${indicator.name}`} loading={remove.isPending}>
        Xóa
      </Button>
    </Popconfirm>
  );
}
