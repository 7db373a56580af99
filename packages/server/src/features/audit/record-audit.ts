import type { Database } from '../../db/database';
import { auditLog } from '../../db/schema';

export interface Actor {
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'Hệ thống' };

export interface AuditEntry {
  adminUnitId: string;
  action: 'create' | 'update' | 'disable' | 'enable' | 'sign_in' | 'sign_out' | 'restore' | 'setup';
  entity: string;
  entityId?: string | null;
  changes?: Record<string, unknown> | null;
}

/** Call inside the transaction of the change, so the change and its record stand or fall together. */
export async function recordAudit(db: Database, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    adminUnitId: entry.adminUnitId,
    actorId: actor.id,
    actorName: actor.name,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    changes: entry.changes ?? null,
  });
}
