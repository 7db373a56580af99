import { useState } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { canManageCommunes } from '@thidua/domain';
import { useCurrentUser } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { AdminUnitDetail } from './AdminUnitDetail';
import { CommunesTable } from './CommunesTable';
import { CreateCommuneModal } from './CreateCommuneModal';

/** A commune's users see their own unit; the province manages its communes. */
export function AdminUnitsPage() {
  const user = useCurrentUser();
  return canManageCommunes(user.role) ? <ProvinceCommunes /> : <AdminUnitDetail unitId={user.adminUnit.id} />;
}

function ProvinceCommunes() {
  const user = useCurrentUser();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader title={`Xã, phường thuộc ${user.adminUnit.name}`} />
      <CommunesTable
        toolbar={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            Thêm xã, phường
          </Button>
        }
      />
      <CreateCommuneModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
