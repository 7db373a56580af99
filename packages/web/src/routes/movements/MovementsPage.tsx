import { Button, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  LAUNCH_LEVEL_LABELS,
  MOVEMENT_TYPE_LABELS,
  movementReviewStatusText,
  type LaunchLevel,
  type MovementSummary,
  type MovementType,
} from '@thidua/domain';
import { useMovements } from '../../api/movement-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { useFormTarget } from '../../shell/RecordFormModal';
import { MovementFormModal } from './MovementFormModal';
import { MovementLink, periodText, planText, useCanKeepMovementsAndPacts } from './movement-display';

const columns: TableColumnsType<MovementSummary> = [
  {
    title: 'Tên phong trào',
    dataIndex: 'name',
    render: (name: string, movement) => <MovementLink id={movement.id}>{name}</MovementLink>,
  },
  {
    title: 'Cấp phát động',
    dataIndex: 'launchLevel',
    width: 200,
    render: (level: LaunchLevel) => LAUNCH_LEVEL_LABELS[level],
  },
  {
    title: 'Hình thức',
    dataIndex: 'type',
    width: 120,
    render: (type: MovementType) => MOVEMENT_TYPE_LABELS[type],
  },
  {
    title: 'Thời gian',
    key: 'period',
    width: 200,
    render: (_, movement) => periodText(movement.startsOn, movement.endsOn),
  },
  {
    title: 'Kế hoạch phát động',
    key: 'plan',
    width: 200,
    render: (_, movement) => planText(movement.planNumber, movement.planDate),
  },
  {
    title: 'Sơ kết, tổng kết',
    key: 'reviews',
    width: 190,
    render: (_, movement) => movementReviewStatusText(movement.reviewState),
  },
];

/** «Phong trào thi đua»: the movements of the year, launched above or by the commune. */
export function MovementsPage() {
  const year = useYear();
  const movements = useMovements(useCommuneId(), year.id);
  const canKeep = useCanKeepMovementsAndPacts();
  const form = useFormTarget<MovementSummary>();

  return (
    <>
      <PageHeader
        title="Phong trào thi đua"
        extra={
          canKeep && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={form.create}>
              Thêm phong trào
            </Button>
          )
        }
      />
      <Typography.Paragraph type="secondary">
        Các phong trào xã, phường phát động hoặc tham gia trong năm {year.year}: do Trung ương, tỉnh phát động
        và của xã, phường; mỗi phong trào có kế hoạch, các lần sơ kết, tổng kết và tệp đính kèm.
      </Typography.Paragraph>
      {movements.isError && <ErrorAlert error={movements.error} />}
      <Table<MovementSummary>
        rowKey="id"
        columns={columns}
        dataSource={movements.data ?? []}
        loading={movements.isPending}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{
          emptyText: movements.isPending ? (
            ' '
          ) : (
            <Empty description={`Chưa có phong trào thi đua nào trong năm ${year.year}.`}>
              {canKeep &&
                '«Thêm phong trào» để chọn phong trào do cấp trên phát động từ danh mục, hoặc nhập phong trào của xã, phường.'}
            </Empty>
          ),
        }}
      />
      <MovementFormModal target={form.target} onClose={form.close} />
    </>
  );
}
