import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { adminUnitMergers, adminUnits, auditLog, users } from './schema';

export interface DataTable {
  name: string;
  table: PgTable;
  /** The column holding the admin unit a row belongs to. */
  unitColumn: PgColumn;
  /** Columns holding admin unit ids, remapped when a restore finds a unit under another id. */
  unitRefs: PgColumn[];
}

/**
 * Every table of lasting data, in the order rows can be inserted (parents first). Backups, restores
 * and the demo reset walk this list, so a new table is covered by adding it here. Sessions are
 * left out on purpose: they are not data worth moving.
 */
export const DATA_TABLES: DataTable[] = [
  {
    name: 'admin_units',
    table: adminUnits,
    unitColumn: adminUnits.id,
    unitRefs: [adminUnits.id, adminUnits.parentId],
  },
  {
    name: 'admin_unit_mergers',
    table: adminUnitMergers,
    unitColumn: adminUnitMergers.resultUnitId,
    unitRefs: [adminUnitMergers.resultUnitId, adminUnitMergers.formerUnitId],
  },
  { name: 'users', table: users, unitColumn: users.adminUnitId, unitRefs: [users.adminUnitId] },
  { name: 'audit_log', table: auditLog, unitColumn: auditLog.adminUnitId, unitRefs: [auditLog.adminUnitId] },
];
