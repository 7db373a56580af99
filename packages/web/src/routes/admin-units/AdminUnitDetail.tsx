import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Tag } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import {
  ADMIN_LEVEL_LABELS,
  canEditCommuneProfile,
  canManageCommunes,
  formatDateVi,
  type AdminLevel,
} from '@thidua/domain';
import { useAdminUnit } from '../../api/hooks';
import { useCurrentUser } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { EditAdminUnitModal } from './EditAdminUnitModal';
import { MergerHistory } from './MergerHistory';

/** The banner over demo data, so nobody mistakes the fictional ward (or its province) for a real one. */
export function demoNotice(level: AdminLevel): string {
  return `Đây là dữ liệu demo, không phải dữ liệu của một ${level === 'province' ? 'tỉnh' : 'phường'} thật.`;
}

/** One administrative unit: its identity, address and merger history, editable by those allowed. */
export function AdminUnitDetail({ unitId, breadcrumb }: { unitId: string; breadcrumb?: ReactNode }) {
  const user = useCurrentUser();
  const unit = useAdminUnit(unitId);
  const [editing, setEditing] = useState(false);

  if (unit.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (unit.isError) return <ErrorAlert error={unit.error} />;

  const detail = unit.data;
  const canEditName = canManageCommunes(user.role) && detail.level !== 'province';
  const canEdit = canEditCommuneProfile(user.role);

  return (
    <>
      {breadcrumb}
      <PageHeader
        title={detail.name}
        extra={
          canEdit && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {canEditName ? 'Sửa tên, địa chỉ' : 'Sửa địa chỉ'}
            </Button>
          )
        }
      />
      {detail.isDemo && (
        <Alert type="warning" showIcon title={demoNotice(detail.level)} style={{ marginBottom: 16 }} />
      )}
      <Flex vertical gap={16}>
        <Card title="Thông tin đơn vị">
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'code', label: 'Mã đơn vị', children: detail.code },
              { key: 'name', label: 'Tên', children: detail.name },
              { key: 'level', label: 'Cấp', children: ADMIN_LEVEL_LABELS[detail.level] },
              { key: 'province', label: 'Tỉnh', children: detail.province?.name ?? '—' },
              {
                key: 'address',
                label: 'Địa chỉ trụ sở',
                children: detail.address || 'Chưa cập nhật',
                span: 2,
              },
              ...(detail.dissolvedOn
                ? [
                    {
                      key: 'dissolved',
                      label: 'Đã sáp nhập từ ngày',
                      children: <Tag>{formatDateVi(detail.dissolvedOn)}</Tag>,
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        <Card title="Lịch sử sáp nhập">
          {detail.mergedFrom.length > 0 ? (
            <MergerHistory formerUnits={detail.mergedFrom} />
          ) : (
            <Alert type="info" title="Đơn vị này không hình thành từ sáp nhập." />
          )}
        </Card>
      </Flex>
      <EditAdminUnitModal
        unit={detail}
        open={editing}
        onClose={() => setEditing(false)}
        canEditName={canEditName}
      />
    </>
  );
}
