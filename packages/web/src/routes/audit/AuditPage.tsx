import { Typography } from 'antd';
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
  const { adminUnit } = useCurrentUser();
  const paged = usePagedQuery<AuditEntry>(
    queryKeys.audit(adminUnit.id),
    `/api/admin-units/${adminUnit.id}/audit`,
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
