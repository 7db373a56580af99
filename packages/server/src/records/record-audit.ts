import type { Database } from '../db/database';
import { bulkInsert } from '../db/bulk-insert';
import { auditLog } from '../db/schema';

export interface Actor {
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'Hệ thống' };

export interface AuditEntry {
  adminUnitId: string;
  action:
    | 'create'
    | 'update'
    | 'disable'
    | 'enable'
    | 'sign_in'
    | 'sign_out'
    | 'restore'
    | 'setup'
    | 'retire'
    | 'reinstate'
    | 'import'
    | 'delete';
  entity: string;
  entityId?: string | null;
  changes?: Record<string, unknown> | null;
}

/** Call inside the transaction of the change, so the change and its record stand or fall together. */
export async function recordAudit(db: Database, actor: Actor, entry: AuditEntry): Promise<void> {
  await recordAudits(db, actor, [entry]);
}

/** Many entries in one statement (an import writes one per record it touched). */
export async function recordAudits(
  db: Database,
  actor: Actor,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await bulkInsert(
    db,
    auditLog,
    entries.map((entry) => ({
      adminUnitId: entry.adminUnitId,
      actorId: actor.id,
      actorName: actor.name,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      changes: entry.changes ?? null,
    })),
  );
}
