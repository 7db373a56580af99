import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './database';
import {
  achievements,
  adminUnitMergers,
  adminUnits,
  auditLog,
  disciplines,
  emulationYears,
  exemplars,
  files,
  households,
  indicators,
  initiatives,
  monthlyScores,
  movementReviews,
  movements,
  pactParties,
  pacts,
  people,
  periodTargets,
  provinceRuleSettings,
  registrationEvents,
  registrations,
  residentialGroups,
  scoringSettings,
  scoringSheets,
  sessions,
  units,
  users,
  yearGrades,
} from './schema';

export const ORGANISATION_TABLES = {
  unit: units,
  residential_group: residentialGroups,
  person: people,
  household: households,
} as const;
export type OrganisationEntity = keyof typeof ORGANISATION_TABLES;

/**
 * Every commune-keyed table whose records are written one by one with an audit entry, by the
 * entity name the audit log gives it (`records/record-writes.ts`).
 */
export const RECORD_TABLES = {
  ...ORGANISATION_TABLES,
  emulation_year: emulationYears,
  indicator: indicators,
  period_target: periodTargets,
  movement: movements,
  movement_review: movementReviews,
  pact: pacts,
  registration: registrations,
  monthly_score: monthlyScores,
  year_grade: yearGrades,
  discipline: disciplines,
  achievement: achievements,
  initiative: initiatives,
  exemplar: exemplars,
} as const;
export type RecordEntity = keyof typeof RECORD_TABLES;

export interface DataTable {
  name: string;
  table: PgTable;
  /** The column holding the admin unit a row belongs to. */
  unitColumn: PgColumn;
  /** Columns holding admin unit ids, remapped when a restore finds a unit under another id. */
  unitRefs: PgColumn[];
}

/** A table of one commune's records, keyed by `commune_id`. */
function communeTable(name: string, table: PgTable & { communeId: PgColumn }): DataTable {
  return { name, table, unitColumn: table.communeId, unitRefs: [table.communeId] };
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
  communeTable('units', units),
  communeTable('residential_groups', residentialGroups),
  communeTable('people', people),
  communeTable('households', households),
  // After units and people: a unit head's account names its unit, a member's account its person.
  { name: 'users', table: users, unitColumn: users.adminUnitId, unitRefs: [users.adminUnitId] },
  // After users: it names the account that changed it last.
  {
    name: 'province_rule_settings',
    table: provinceRuleSettings,
    unitColumn: provinceRuleSettings.provinceId,
    unitRefs: [provinceRuleSettings.provinceId],
  },
  communeTable('emulation_years', emulationYears),
  communeTable('period_targets', periodTargets),
  communeTable('indicators', indicators),
  communeTable('movements', movements),
  communeTable('movement_reviews', movementReviews),
  communeTable('pacts', pacts),
  communeTable('pact_parties', pactParties),
  communeTable('registrations', registrations),
  communeTable('registration_events', registrationEvents),
  communeTable('scoring_sheets', scoringSheets),
  // After users: it names the account that scores the leaders.
  communeTable('scoring_settings', scoringSettings),
  communeTable('monthly_scores', monthlyScores),
  communeTable('year_grades', yearGrades),
  communeTable('disciplines', disciplines),
  communeTable('achievements', achievements),
  communeTable('initiatives', initiatives),
  communeTable('exemplars', exemplars),
  communeTable('files', files),
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
