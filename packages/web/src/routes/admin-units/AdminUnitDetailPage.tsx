import { Breadcrumb } from 'antd';
import { Link, useParams } from 'react-router';
import { AdminUnitDetail } from './AdminUnitDetail';

export function AdminUnitDetailPage() {
  const { id = '' } = useParams();
  return (
    <AdminUnitDetail
      key={id}
      unitId={id}
      breadcrumb={
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[{ title: <Link to="/don-vi-hanh-chinh">Đơn vị hành chính</Link> }, { title: 'Chi tiết' }]}
        />
      }
    />
  );
}
