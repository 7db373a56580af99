import { createdAt } from './columns';
import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { adminUnits } from './admin-units';

/** The audit log: who changed what, when. */

/** Who did what, when, in which commune (or province): written in the same transaction as the change. */
export const auditLog = pgTable(
  'audit_log',
  {
    adminUnitId: uuid('admin_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    id: uuid('id').notNull().defaultRandom(),
    // No foreign key: the log outlives accounts and may name a province officer acting in a commune.
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    changes: jsonb('changes').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.adminUnitId, t.id] }),
    index('audit_log_unit_time_idx').on(t.adminUnitId, t.createdAt),
    index('audit_log_record_idx').on(t.adminUnitId, t.entity, t.entityId, t.createdAt),
  ],
);
