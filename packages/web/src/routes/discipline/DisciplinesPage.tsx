import { useState } from 'react';
import { Button, Empty, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  canManageDisciplines,
  DISCIPLINE_FORM_LABELS,
  formatDateVi,
  type DisciplineForm,
  type DisciplineView,
} from '@thidua/domain';
import { useDisciplines } from '../../api/scoring-hooks';
import { useEmulationYears } from '../../api/year-hooks';
import { useCurrentUser } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCommuneId } from '../../shell/commune-scope';
import { DisciplineFormModal } from './DisciplineFormModal';

/**
 * «Kỷ luật»: the disciplinary decisions about the commune's cadres. A cadre disciplined in a year
 * holds no title that year, so the year filter shows the decisions that count in it.
 */
export function DisciplinesPage() {
  const communeId = useCommuneId();
  const mayWrite = canManageDisciplines(useCurrentUser().role);
  const years = useEmulationYears(communeId);
  /** 0: every year. */
  const [year, setYear] = useState(0);
  const disciplines = useDisciplines(communeId, year === 0 ? {} : { year });
  const [editing, setEditing] = useState<DisciplineView | 'new' | null>(null);

  const columns: TableColumnsType<DisciplineView> = [
    {
      title: 'Họ và tên',
      key: 'person',
      render: (_, d) => (
        <Flex vertical>
          <span>{d.personName}</span>
          <Typography.Text type="secondary">{d.unitName ?? 'Chưa xếp đơn vị'}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: 'Hình thức',
      dataIndex: 'form',
      width: 130,
      render: (form: DisciplineForm) => DISCIPLINE_FORM_LABELS[form],
    },
    {
      title: 'Số quyết định',
      dataIndex: 'decisionNumber',
      width: 140,
      render: (n: string | null) => n ?? '—',
    },
    { title: 'Ngày quyết định', dataIndex: 'decidedOn', width: 130, render: (d: string) => formatDateVi(d) },
    {
      title: 'Hiệu lực đến',
      dataIndex: 'effectiveUntil',
      width: 120,
      render: (d: string | null) => (d ? formatDateVi(d) : '—'),
    },
    { title: 'Lý do', dataIndex: 'reason' },
    ...(mayWrite
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            width: 90,
            render: (_: unknown, d: DisciplineView) => (
              <Button
                size="small"
                aria-label={`Sửa quyết định kỷ luật ${d.personName}`}
                onClick={() => setEditing(d)}
              >
                Sửa
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Kỷ luật"
        extra={
          mayWrite && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              Ghi nhận kỷ luật
            </Button>
          )
        }
      />
      <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
        <label htmlFor="discipline-year">Năm:</label>
        <Select<number>
          id="discipline-year"
          value={year}
          onChange={setYear}
          style={{ minWidth: 180 }}
          options={[
            { value: 0, label: 'Tất cả các năm' },
            ...(years.data ?? []).map((y) => ({ value: y.year, label: `Tính trong năm ${y.year}` })),
          ]}
        />
      </Flex>
      {disciplines.isError && <ErrorAlert error={disciplines.error} />}
      <Table<DisciplineView>
        rowKey="id"
        columns={columns}
        dataSource={disciplines.data}
        loading={disciplines.isFetching}
        pagination={false}
        size="small"
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description="Chưa có quyết định kỷ luật nào." /> }}
      />
      <DisciplineFormModal
        open={editing !== null}
        discipline={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
