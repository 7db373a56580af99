import { Typography, type TableColumnsType } from 'antd';
import { formatDateTimeVi } from '@thidua/domain';
import type { AuditEntry } from '../../api/types';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  formatChanges,
  labelOf,
  type DescribeValue,
} from './audit-labels';

export const auditTimeColumn: TableColumnsType<AuditEntry>[number] = {
  title: 'Thời gian',
  dataIndex: 'createdAt',
  width: 150,
  render: (createdAt: string) => formatDateTimeVi(createdAt),
};

export const auditActorColumn: TableColumnsType<AuditEntry>[number] = {
  title: 'Người thực hiện',
  dataIndex: 'actorName',
};

export const auditActionColumn: TableColumnsType<AuditEntry>[number] = {
  title: 'Thao tác',
  dataIndex: 'action',
  render: (action: string) => labelOf(AUDIT_ACTION_LABELS, action),
};

export const auditEntityColumn: TableColumnsType<AuditEntry>[number] = {
  title: 'Đối tượng',
  dataIndex: 'entity',
  render: (entity: string) => labelOf(AUDIT_ENTITY_LABELS, entity),
};

/** The changes of each entry; `describe` reads values the labels alone cannot (ids as names). */
export function auditChangesColumnWith(describe?: DescribeValue): TableColumnsType<AuditEntry>[number] {
  return {
    title: 'Chi tiết',
    dataIndex: 'changes',
    render: (changes: AuditEntry['changes'], entry: AuditEntry) => {
      const text = formatChanges(changes, describe, entry.entity);
      return text ? (
        <Typography.Text style={{ fontSize: 13, display: 'inline-block', maxWidth: 520 }}>
          {text}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      );
    },
  };
}

export const auditChangesColumn = auditChangesColumnWith();
