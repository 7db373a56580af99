import { Breadcrumb } from 'antd';
import { useParams } from 'react-router';
import { AdminUnitDetail } from './AdminUnitDetail';
import { ScopedLink } from '../../shell/links';
import { paths } from '../../shell/paths';

export function AdminUnitDetailPage() {
  const { id = '' } = useParams();
  return (
    <AdminUnitDetail
      key={id}
      unitId={id}
      breadcrumb={
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[
            { title: <ScopedLink to={paths.adminUnits}>Đơn vị hành chính</ScopedLink> },
            { title: 'Chi tiết' },
          ]}
        />
      }
    />
  );
}
