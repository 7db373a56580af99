import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './database';
import {
  adminUnitMergers,
  adminUnits,
  auditLog,
  emulationYears,
  households,
  indicators,
  people,
  residentialGroups,
  sessions,
  units,
  users,
} from './schema';

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
  { name: 'units', table: units, unitColumn: units.communeId, unitRefs: [units.communeId] },
  {
    name: 'residential_groups',
    table: residentialGroups,
    unitColumn: residentialGroups.communeId,
    unitRefs: [residentialGroups.communeId],
  },
  { name: 'people', table: people, unitColumn: people.communeId, unitRefs: [people.communeId] },
  {
    name: 'households',
    table: households,
    unitColumn: households.communeId,
    unitRefs: [households.communeId],
  },
  {
    name: 'emulation_years',
    table: emulationYears,
    unitColumn: emulationYears.communeId,
    unitRefs: [emulationYears.communeId],
  },
  {
    name: 'indicators',
    table: indicators,
    unitColumn: indicators.communeId,
    unitRefs: [indicators.communeId],
  },
  { name: 'audit_log', table: auditLog, unitColumn: auditLog.adminUnitId, unitRefs: [auditLog.adminUnitId] },
];

/**
 * Deletes every row that belongs to the given admin units (but not the units themselves): their
 * users' sessions, then the data tables children first, then mergers that name them as former units.
 */
export async function deleteUnitData(tx: Database, unitIds: string[]): Promise<void> {
  if (!unitIds.length) return;
  const unitUsers = tx.select({ id: users.id }).from(users).where(inArray(users.adminUnitId, unitIds));
  await tx.delete(sessions).where(inArray(sessions.userId, unitUsers));
  await tx.delete(adminUnitMergers).where(inArray(adminUnitMergers.formerUnitId, unitIds));
  for (const { table, unitColumn } of [...DATA_TABLES].reverse()) {
    if (table !== adminUnits) await tx.delete(table).where(inArray(unitColumn, unitIds));
  }
}
