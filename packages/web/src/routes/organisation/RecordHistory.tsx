import { useMemo } from 'react';
import { Card } from 'antd';
import { canSeeIdNumbers, AuditEntrySchema } from '@thidua/domain';
import { queryKeys } from '../../api/hooks';
import { useResidentialGroups, useUnits, type OrganisationResource } from '../../api/organisation-hooks';
import { usePagedQuery } from '../../api/paged';
import type { AuditEntry } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { PagedTable } from '../../components/PagedTable';
import {
  auditActionColumn,
  auditActorColumn,
  auditChangesColumnWith,
  auditTimeColumn,
} from '../audit/audit-columns';
import type { DescribeValue } from '../audit/audit-labels';
import { useCommuneId } from '../../shell/commune-scope';
import { RESOURCES } from './organisation-resources';

/** Reads the ids in an entry as the names of the commune's units and groups; masks ID numbers for those who may not see them. */
function useDescribeValue(): DescribeValue {
  const communeId = useCommuneId();
  const { role } = useCurrentUser();
  const units = useUnits(communeId, 'all');
  const groups = useResidentialGroups(communeId, 'all');
  return useMemo(() => {
    const unitNames = new Map((units.data ?? []).map((unit) => [unit.id, unit.name]));
    const groupNames = new Map((groups.data ?? []).map((group) => [group.id, group.name]));
    const showIdNumbers = canSeeIdNumbers(role);
    return (key, value) => {
      if (typeof value !== 'string') return undefined;
      if (key === 'unitId' || key === 'parentId') return unitNames.get(value);
      if (key === 'groupId') return groupNames.get(value);
      if (key === 'idNumber' && !showIdNumbers) return `••••••••${value.slice(-4)}`;
      return undefined;
    };
  }, [units.data, groups.data, role]);
}

/** «Lịch sử thay đổi»: every audit entry of one record, newest first, with what changed (from → to). */
export function RecordHistory({ resource, id }: { resource: OrganisationResource; id: string }) {
  const communeId = useCommuneId();
  const entity = RESOURCES[resource].entity;
  const paged = usePagedQuery(
    [...queryKeys.audit(communeId), entity, id],
    `/api/admin-units/${communeId}/audit`,
    AuditEntrySchema,
    { filters: { entity, entityId: id }, pageSize: 10 },
  );
  const describe = useDescribeValue();
  const columns = [auditTimeColumn, auditActorColumn, auditActionColumn, auditChangesColumnWith(describe)];
  return (
    <Card title="Lịch sử thay đổi">
      <PagedTable<AuditEntry> paged={paged} columns={columns} size="small" aria-label="Lịch sử thay đổi" />
    </Card>
  );
}
