import { Alert, Typography } from 'antd';
import { canReadAuditLog, messageFor, AuditEntrySchema } from '@thidua/domain';
import { queryKeys } from '../../api/hooks';
import { usePagedQuery } from '../../api/paged';
import type { AuditEntry } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import {
  auditActionColumn,
  auditActorColumn,
  auditChangesColumn,
  auditEntityColumn,
  auditTimeColumn,
} from './audit-columns';

const columns = [auditTimeColumn, auditActorColumn, auditActionColumn, auditEntityColumn, auditChangesColumn];

export function AuditPage() {
  const { role } = useCurrentUser();
  // Reached by its address only: the menu hides it from the roles the server refuses.
  if (!canReadAuditLog(role)) return <Alert type="warning" showIcon title={messageFor('AUTH_FORBIDDEN')} />;
  return <AuditLog />;
}

function AuditLog() {
  const { adminUnit } = useCurrentUser();
  const paged = usePagedQuery(
    queryKeys.audit(adminUnit.id),
    `/api/admin-units/${adminUnit.id}/audit`,
    AuditEntrySchema,
  );
  return (
    <>
      <PageHeader title="Nhật ký" />
      <Typography.Paragraph type="secondary">
        Các thao tác đã thực hiện tại {adminUnit.name}, mới nhất trước.
      </Typography.Paragraph>
      <PagedTable<AuditEntry> paged={paged} columns={columns} />
    </>
  );
}
