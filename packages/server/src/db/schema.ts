import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ADMIN_LEVELS,
  EMPLOYMENT_CATEGORIES,
  GENDERS,
  GROUP_KINDS,
  INDICATOR_DIRECTIONS,
  INDICATOR_FIELDS,
  ROLES,
  UNIT_KINDS,
  YEAR_STATUSES,
} from '@thidua/domain';

// Millisecond precision: what JavaScript dates hold, so a backup round-trips every value exactly.
const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Provinces and communes/wards with their official codes; a merged-away unit keeps its row, dissolved. */
export const adminUnits = pgTable(
  'admin_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: text('level', { enum: ADMIN_LEVELS }).notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => adminUnits.id),
    address: text('address'),
    isDemo: boolean('is_demo').notNull().default(false),
    dissolvedOn: date('dissolved_on'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('admin_units_code_key').on(t.code),
    index('admin_units_parent_idx').on(t.parentId),
    check('admin_units_level_check', sql.raw(`level in (${ADMIN_LEVELS.map((l) => `'${l}'`).join(', ')})`)),
    check('admin_units_parent_check', sql`(${t.level} = 'province') = (${t.parentId} is null)`),
  ],
);

/** Sáp nhập: the unit `resultUnitId` was formed on `effectiveDate` from `formerUnitId` (one row per former unit). */
export const adminUnitMergers = pgTable(
  'admin_unit_mergers',
  {
    resultUnitId: uuid('result_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    formerUnitId: uuid('former_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    effectiveDate: date('effective_date').notNull(),
    legalBasis: text('legal_basis').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.resultUnitId, t.formerUnitId] }),
    uniqueIndex('admin_unit_mergers_former_key').on(t.formerUnitId),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The commune, or the province for province-wide roles.
    adminUnitId: uuid('admin_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    disabledAt: timestamp('disabled_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    index('users_admin_unit_idx').on(t.adminUnitId),
    check('users_role_check', sql.raw(`role in (${ROLES.map((r) => `'${r}'`).join(', ')})`)),
  ],
);

/** Server-side sessions; the cookie holds a random token and the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

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

/*
 * The commune's organisation. Every table is keyed by (commune_id, id) and refers to its siblings
 * through (commune_id, …) foreign keys, so a row can only ever point into its own commune.
 * `search_text` holds the folded name (no diacritics, lower case; domain `foldForSearch`), searched
 * with a trigram index; `retired_on` marks a record as no longer active while keeping its history.
 */
const communeId = () =>
  uuid('commune_id')
    .notNull()
    .references(() => adminUnits.id);

/** Cơ quan, ban, ngành, đoàn thể, trường học, trạm y tế … of the commune. */
export const units = pgTable(
  'units',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: UNIT_KINDS }).notNull(),
    parentId: uuid('parent_id'),
    retiredOn: date('retired_on'),
    searchText: text('search_text').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    // Deferred in the migration, so a restore may insert a unit before its parent.
    foreignKey({
      name: 'units_parent_fk',
      columns: [t.communeId, t.parentId],
      foreignColumns: [t.communeId, t.id],
    }),
    uniqueIndex('units_active_name_key')
      .on(t.communeId, t.searchText)
      .where(sql`retired_on is null`),
    check('units_kind_check', sql.raw(`kind in (${inList(UNIT_KINDS)})`)),
  ],
);

/** Khóm, ấp, thôn, tổ dân phố. */
export const residentialGroups = pgTable(
  'residential_groups',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: GROUP_KINDS }).notNull(),
    leaderName: text('leader_name'),
    leaderPhone: text('leader_phone'),
    retiredOn: date('retired_on'),
    searchText: text('search_text').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('residential_groups_active_name_key')
      .on(t.communeId, t.searchText)
      .where(sql`retired_on is null`),
    check('residential_groups_kind_check', sql.raw(`kind in (${inList(GROUP_KINDS)})`)),
  ],
);

/** Cán bộ, công chức, viên chức, người lao động … with what the emulation rules need to know. */
export const people = pgTable(
  'people',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    fullName: text('full_name').notNull(),
    gender: text('gender', { enum: GENDERS }).notNull(),
    birthDate: date('birth_date').notNull(),
    idNumber: text('id_number').notNull(),
    position: text('position'),
    unitId: uuid('unit_id'),
    employmentCategory: text('employment_category', { enum: EMPLOYMENT_CATEGORIES }).notNull(),
    isLeader: boolean('is_leader').notNull().default(false),
    serviceStart: date('service_start'),
    serviceEnd: date('service_end'),
    retiredOn: date('retired_on'),
    retireReason: text('retire_reason'),
    searchText: text('search_text').notNull(),
    // Vietnamese lists sort by given name (the last word), then the rest.
    sortName: text('sort_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'people_unit_fk',
      columns: [t.communeId, t.unitId],
      foreignColumns: [units.communeId, units.id],
    }),
    uniqueIndex('people_id_number_key').on(t.communeId, t.idNumber),
    index('people_sort_idx').on(t.communeId, t.sortName),
    index('people_unit_idx').on(t.communeId, t.unitId),
    index('people_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('people_gender_check', sql.raw(`gender in (${inList(GENDERS)})`)),
    check('people_category_check', sql.raw(`employment_category in (${inList(EMPLOYMENT_CATEGORIES)})`)),
    check('people_id_number_check', sql`${t.idNumber} ~ '^[0-9]{12}$'`),
  ],
);

/** Hộ gia đình of a residential group; `match_key` (group, head, address folded) identifies it on re-import. */
export const households = pgTable(
  'households',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    groupId: uuid('group_id').notNull(),
    headName: text('head_name').notNull(),
    address: text('address').notNull(),
    memberCount: integer('member_count').notNull(),
    retiredOn: date('retired_on'),
    searchText: text('search_text').notNull(),
    matchKey: text('match_key').notNull(),
    sortName: text('sort_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'households_group_fk',
      columns: [t.communeId, t.groupId],
      foreignColumns: [residentialGroups.communeId, residentialGroups.id],
    }),
    uniqueIndex('households_match_key').on(t.communeId, t.matchKey),
    index('households_group_idx').on(t.communeId, t.groupId, t.sortName),
    index('households_sort_idx').on(t.communeId, t.sortName),
    index('households_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('households_member_count_check', sql`${t.memberCount} between 1 and 50`),
  ],
);

/** The emulation year of a commune: its theme and stage; a closed year's records are locked. */
export const emulationYears = pgTable(
  'emulation_years',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    year: integer('year').notNull(),
    theme: text('theme').notNull(),
    status: text('status', { enum: YEAR_STATUSES }).notNull().default('planning'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('emulation_years_year_key').on(t.communeId, t.year),
    check('emulation_years_status_check', sql.raw(`status in (${inList(YEAR_STATUSES)})`)),
  ],
);

/** A key indicator (chỉ tiêu) of the year with its target and actual; the verdict is computed by the domain. */
export const indicators = pgTable(
  'indicators',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    yearId: uuid('year_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    unit: text('unit'),
    field: text('field', { enum: INDICATOR_FIELDS }).notNull(),
    direction: text('direction', { enum: INDICATOR_DIRECTIONS }).notNull(),
    target: numeric('target', { precision: 18, scale: 4, mode: 'number' }),
    actual: numeric('actual', { precision: 18, scale: 4, mode: 'number' }),
    source: text('source'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'indicators_year_fk',
      columns: [t.communeId, t.yearId],
      foreignColumns: [emulationYears.communeId, emulationYears.id],
    }),
    index('indicators_year_idx').on(t.communeId, t.yearId, t.position),
    check('indicators_field_check', sql.raw(`field in (${inList(INDICATOR_FIELDS)})`)),
    check('indicators_direction_check', sql.raw(`direction in (${inList(INDICATOR_DIRECTIONS)})`)),
  ],
);

export type AdminUnitRow = typeof adminUnits.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type ResidentialGroupRow = typeof residentialGroups.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type HouseholdRow = typeof households.$inferSelect;
export type UserRow = typeof users.$inferSelect;
