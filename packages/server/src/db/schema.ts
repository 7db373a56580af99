import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  jsonb,
  type PgColumn,
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
  GRADES,
  GROUP_KINDS,
  DISCIPLINE_FORMS,
  EXEMPLAR_STAGES,
  EXEMPLAR_SUBJECT_TYPES,
  FILE_OWNERS,
  INDICATOR_DIRECTIONS,
  INDICATOR_FIELDS,
  INITIATIVE_LEVELS,
  LAUNCH_LEVELS,
  MOVEMENT_REVIEW_KINDS,
  MOVEMENT_TYPES,
  REGISTRATION_STATUSES,
  ROLES,
  SUBJECT_TYPES,
  TITLE_IDS,
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
    // A unit head's unit and a member's own person record (commune roles only; see the migration's FKs).
    unitId: uuid('unit_id'),
    personId: uuid('person_id'),
    disabledAt: timestamp('disabled_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    index('users_admin_unit_idx').on(t.adminUnitId),
    // Defined lazily: units and people come later in this file.
    foreignKey({
      name: 'users_unit_fk',
      columns: [t.adminUnitId, t.unitId],
      foreignColumns: [units.communeId, units.id],
    }),
    foreignKey({
      name: 'users_person_fk',
      columns: [t.adminUnitId, t.personId],
      foreignColumns: [people.communeId, people.id],
    }),
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
    // After this day only the officer registers titles or changes registrations.
    registrationDeadline: date('registration_deadline'),
    // The scoring sheet version frozen when the year closed; null while open (it follows the latest).
    scoringSheetVersion: integer('scoring_sheet_version'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('emulation_years_year_key').on(t.communeId, t.year),
    check('emulation_years_status_check', sql.raw(`status in (${inList(YEAR_STATUSES)})`)),
  ],
);

/** A target for a five-year period (e.g. 2026–2030), followed year by year through the indicators. */
export const periodTargets = pgTable(
  'period_targets',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    unit: text('unit'),
    field: text('field', { enum: INDICATOR_FIELDS }).notNull(),
    direction: text('direction', { enum: INDICATOR_DIRECTIONS }).notNull(),
    target: numeric('target', { precision: 18, scale: 4, mode: 'number' }),
    source: text('source'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    index('period_targets_period_idx').on(t.communeId, t.fromYear, t.position),
    check('period_targets_years_check', sql`${t.toYear} >= ${t.fromYear}`),
    check('period_targets_field_check', sql.raw(`field in (${inList(INDICATOR_FIELDS)})`)),
    check('period_targets_direction_check', sql.raw(`direction in (${inList(INDICATOR_DIRECTIONS)})`)),
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
    // The five-year target this year's figure counts towards, if any.
    periodTargetId: uuid('period_target_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'indicators_period_target_fk',
      columns: [t.communeId, t.periodTargetId],
      foreignColumns: [periodTargets.communeId, periodTargets.id],
    }),
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

/** A (commune_id, column) foreign key into a commune-keyed table, so a row never points into another commune. */
function sameCommune(
  name: string,
  communeColumn: PgColumn,
  column: PgColumn,
  target: { communeId: PgColumn; id: PgColumn },
) {
  return foreignKey({
    name,
    columns: [communeColumn, column],
    foreignColumns: [target.communeId, target.id],
  });
}

/** Phong trào thi đua the commune runs in a year: national, provincial or its own. */
export const movements = pgTable(
  'movements',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    yearId: uuid('year_id').notNull(),
    name: text('name').notNull(),
    launchLevel: text('launch_level', { enum: LAUNCH_LEVELS }).notNull(),
    type: text('type', { enum: MOVEMENT_TYPES }).notNull(),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    participants: text('participants'),
    criteria: text('criteria'),
    // Kế hoạch phát động: its number and date; the document itself is a file owned by the movement.
    planNumber: text('plan_number'),
    planDate: date('plan_date'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('movements_year_fk', t.communeId, t.yearId, emulationYears),
    index('movements_year_idx').on(t.communeId, t.yearId),
    check('movements_launch_level_check', sql.raw(`launch_level in (${inList(LAUNCH_LEVELS)})`)),
    check('movements_type_check', sql.raw(`type in (${inList(MOVEMENT_TYPES)})`)),
    check(
      'movements_period_check',
      sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`,
    ),
  ],
);

export interface ReviewFigure {
  label: string;
  value: number;
  unit: string | null;
}

/** Sơ kết or tổng kết of a movement, with its results and figures. */
export const movementReviews = pgTable(
  'movement_reviews',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    movementId: uuid('movement_id').notNull(),
    kind: text('kind', { enum: MOVEMENT_REVIEW_KINDS }).notNull(),
    reviewedOn: date('reviewed_on').notNull(),
    results: text('results').notNull(),
    figures: jsonb('figures').$type<ReviewFigure[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('movement_reviews_movement_fk', t.communeId, t.movementId, movements),
    index('movement_reviews_movement_idx').on(t.communeId, t.movementId, t.reviewedOn),
    check('movement_reviews_kind_check', sql.raw(`kind in (${inList(MOVEMENT_REVIEW_KINDS)})`)),
  ],
);

/** Giao ước thi đua signed by the chair with the commune's unions and organisations. */
export const pacts = pgTable(
  'pacts',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    yearId: uuid('year_id').notNull(),
    name: text('name').notNull(),
    signedOn: date('signed_on').notNull(),
    chairSignatory: text('chair_signatory').notNull(),
    commitments: text('commitments').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('pacts_year_fk', t.communeId, t.yearId, emulationYears),
    index('pacts_year_idx').on(t.communeId, t.yearId),
  ],
);

/** A unit signing a pact, with who signed for it and what it commits to. */
export const pactParties = pgTable(
  'pact_parties',
  {
    communeId: communeId(),
    pactId: uuid('pact_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    signatory: text('signatory').notNull(),
    commitments: text('commitments'),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.pactId, t.unitId] }),
    sameCommune('pact_parties_pact_fk', t.communeId, t.pactId, pacts),
    sameCommune('pact_parties_unit_fk', t.communeId, t.unitId, units),
  ],
);

/** A person's or a unit's registration for a title of the year (legal-rules.md title ids). */
export const registrations = pgTable(
  'registrations',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    yearId: uuid('year_id').notNull(),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    personId: uuid('person_id'),
    unitId: uuid('unit_id'),
    title: text('title', { enum: TITLE_IDS }).notNull(),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull().default('submitted'),
    // Why the officer returned it; cleared when its owner submits it again.
    returnReason: text('return_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('registrations_year_fk', t.communeId, t.yearId, emulationYears),
    sameCommune('registrations_person_fk', t.communeId, t.personId, people),
    sameCommune('registrations_unit_fk', t.communeId, t.unitId, units),
    uniqueIndex('registrations_person_title_key')
      .on(t.communeId, t.yearId, t.personId, t.title)
      .where(sql`person_id is not null and status <> 'withdrawn'`),
    uniqueIndex('registrations_unit_title_key')
      .on(t.communeId, t.yearId, t.unitId, t.title)
      .where(sql`person_id is null and status <> 'withdrawn'`),
    index('registrations_year_title_idx').on(t.communeId, t.yearId, t.title),
    check('registrations_subject_type_check', sql.raw(`subject_type in (${inList(SUBJECT_TYPES)})`)),
    // A person's registration names the person (and not a unit); a unit's names the unit.
    check(
      'registrations_subject_check',
      sql`(${t.subjectType} = 'person' and ${t.personId} is not null and ${t.unitId} is null) or (${t.subjectType} = 'unit' and ${t.unitId} is not null and ${t.personId} is null)`,
    ),
    check('registrations_title_check', sql.raw(`title in (${inList(TITLE_IDS)})`)),
    check('registrations_status_check', sql.raw(`status in (${inList(REGISTRATION_STATUSES)})`)),
  ],
);

/** Every status a registration went through, with who moved it and why. */
export const registrationEvents = pgTable(
  'registration_events',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    registrationId: uuid('registration_id').notNull(),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
    reason: text('reason'),
    actorName: text('actor_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('registration_events_registration_fk', t.communeId, t.registrationId, registrations),
    index('registration_events_registration_idx').on(t.communeId, t.registrationId, t.createdAt),
    check('registration_events_status_check', sql.raw(`status in (${inList(REGISTRATION_STATUSES)})`)),
  ],
);

export interface StoredScoringCriterion {
  code: string;
  name: string;
  maxPoints: number;
}

export interface StoredGradeThresholds {
  hoan_thanh_xuat_sac: number;
  hoan_thanh_tot: number;
  hoan_thanh: number;
}

/**
 * The versions of the commune's monthly scoring sheet with its grade bands; a commune without one
 * uses the domain's default (version 0). A version is never changed: editing makes the next one,
 * used by the open years; a closed year keeps the version it was closed with.
 */
export const scoringSheets = pgTable(
  'scoring_sheets',
  {
    communeId: uuid('commune_id')
      .notNull()
      .references(() => adminUnits.id),
    version: integer('version').notNull().default(1),
    criteria: jsonb('criteria').$type<StoredScoringCriterion[]>().notNull(),
    thresholds: jsonb('thresholds')
      .$type<StoredGradeThresholds>()
      .notNull()
      .default({ hoan_thanh_xuat_sac: 90, hoan_thanh_tot: 70, hoan_thanh: 50 }),
    minimumMonths: integer('minimum_months').notNull().default(6),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.version] }),
    check('scoring_sheets_version_check', sql`${t.version} >= 1`),
  ],
);

/** Who scores the commune's leaders (officer, unit heads, chair) besides the chair: a named account. */
export const scoringSettings = pgTable('scoring_settings', {
  communeId: uuid('commune_id')
    .primaryKey()
    .references(() => adminUnits.id),
  headScorerUserId: uuid('head_scorer_user_id').references(() => users.id),
  updatedAt: updatedAt(),
});

/** One person's month: the self-score and the unit head's score, each by criterion and in total. */
export const monthlyScores = pgTable(
  'monthly_scores',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    yearId: uuid('year_id').notNull(),
    personId: uuid('person_id').notNull(),
    month: integer('month').notNull(),
    selfPoints: jsonb('self_points').$type<Record<string, number>>(),
    selfScore: numeric('self_score', { precision: 5, scale: 1, mode: 'number' }),
    headPoints: jsonb('head_points').$type<Record<string, number>>(),
    headScore: numeric('head_score', { precision: 5, scale: 1, mode: 'number' }),
    headScoredBy: text('head_scored_by'),
    comment: text('comment'),
    // The officer's reason when she corrected a head's score someone else gave.
    headCorrectionReason: text('head_correction_reason'),
    // The scoring sheet version the month was last scored on (0: the default sheet).
    sheetVersion: integer('sheet_version'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('monthly_scores_year_fk', t.communeId, t.yearId, emulationYears),
    sameCommune('monthly_scores_person_fk', t.communeId, t.personId, people),
    uniqueIndex('monthly_scores_month_key').on(t.communeId, t.yearId, t.personId, t.month),
    check('monthly_scores_month_check', sql`${t.month} between 1 and 12`),
  ],
);

/** The year-end grade the officer confirmed, next to the one the months proposed. */
export const yearGrades = pgTable(
  'year_grades',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    yearId: uuid('year_id').notNull(),
    personId: uuid('person_id').notNull(),
    proposedGrade: text('proposed_grade', { enum: GRADES }),
    average: numeric('average', { precision: 5, scale: 1, mode: 'number' }),
    grade: text('grade', { enum: GRADES }).notNull(),
    note: text('note'),
    confirmedBy: text('confirmed_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('year_grades_year_fk', t.communeId, t.yearId, emulationYears),
    sameCommune('year_grades_person_fk', t.communeId, t.personId, people),
    uniqueIndex('year_grades_person_key').on(t.communeId, t.yearId, t.personId),
    check('year_grades_grade_check', sql.raw(`grade in (${inList(GRADES)})`)),
    check('year_grades_proposed_check', sql.raw(`proposed_grade in (${inList(GRADES)})`)),
  ],
);

/** Kỷ luật: a disciplined person holds no title in the year (Nghị định 98/2023, Điều 4). */
export const disciplines = pgTable(
  'disciplines',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    personId: uuid('person_id').notNull(),
    form: text('form', { enum: DISCIPLINE_FORMS }).notNull(),
    decidedOn: date('decided_on').notNull(),
    decisionNumber: text('decision_number'),
    reason: text('reason').notNull(),
    effectiveUntil: date('effective_until'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('disciplines_person_fk', t.communeId, t.personId, people),
    index('disciplines_person_idx').on(t.communeId, t.personId, t.decidedOn),
    check('disciplines_form_check', sql.raw(`form in (${inList(DISCIPLINE_FORMS)})`)),
    check(
      'disciplines_period_check',
      sql`${t.effectiveUntil} is null or ${t.effectiveUntil} >= ${t.decidedOn}`,
    ),
  ],
);

/** A person's or a unit's achievement (thành tích) in the year; evidence files are owned by it. */
export const achievements = pgTable(
  'achievements',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    yearId: uuid('year_id').notNull(),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    personId: uuid('person_id'),
    unitId: uuid('unit_id'),
    title: text('title').notNull(),
    description: text('description'),
    achievedOn: date('achieved_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('achievements_year_fk', t.communeId, t.yearId, emulationYears),
    sameCommune('achievements_person_fk', t.communeId, t.personId, people),
    sameCommune('achievements_unit_fk', t.communeId, t.unitId, units),
    index('achievements_year_idx').on(t.communeId, t.yearId),
    check(
      'achievements_subject_check',
      sql`(${t.subjectType} = 'person' and ${t.personId} is not null and ${t.unitId} is null) or (${t.subjectType} = 'unit' and ${t.unitId} is not null and ${t.personId} is null)`,
    ),
  ],
);

/** Sáng kiến: its author, and once recognised the level that recognised it and the date. */
export const initiatives = pgTable(
  'initiatives',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    yearId: uuid('year_id').notNull(),
    personId: uuid('person_id').notNull(),
    coAuthors: text('co_authors'),
    title: text('title').notNull(),
    summary: text('summary'),
    level: text('level', { enum: INITIATIVE_LEVELS }),
    recognisedOn: date('recognised_on'),
    decisionNumber: text('decision_number'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('initiatives_year_fk', t.communeId, t.yearId, emulationYears),
    sameCommune('initiatives_person_fk', t.communeId, t.personId, people),
    index('initiatives_year_idx').on(t.communeId, t.yearId),
    check('initiatives_level_check', sql.raw(`level in (${inList(INITIATIVE_LEVELS)})`)),
    check('initiatives_recognition_check', sql`(${t.level} is null) = (${t.recognisedOn} is null)`),
  ],
);

/** Điển hình tiên tiến and the dates it reached each of the four stages. */
export const exemplars = pgTable(
  'exemplars',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    yearId: uuid('year_id').notNull(),
    subjectType: text('subject_type', { enum: EXEMPLAR_SUBJECT_TYPES }).notNull(),
    personId: uuid('person_id'),
    unitId: uuid('unit_id'),
    householdId: uuid('household_id'),
    description: text('description').notNull(),
    stage: text('stage', { enum: EXEMPLAR_STAGES }).notNull().default('discovered'),
    discoveredOn: date('discovered_on').notNull(),
    nurturedOn: date('nurtured_on'),
    summarisedOn: date('summarised_on'),
    replicatedOn: date('replicated_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    sameCommune('exemplars_year_fk', t.communeId, t.yearId, emulationYears),
    sameCommune('exemplars_person_fk', t.communeId, t.personId, people),
    sameCommune('exemplars_unit_fk', t.communeId, t.unitId, units),
    sameCommune('exemplars_household_fk', t.communeId, t.householdId, households),
    index('exemplars_year_idx').on(t.communeId, t.yearId),
    check('exemplars_subject_type_check', sql.raw(`subject_type in (${inList(EXEMPLAR_SUBJECT_TYPES)})`)),
    check(
      'exemplars_subject_check',
      sql`num_nonnulls(${t.personId}, ${t.unitId}, ${t.householdId}) = 1 and ((${t.subjectType} = 'person') = (${t.personId} is not null)) and ((${t.subjectType} = 'unit') = (${t.unitId} is not null))`,
    ),
    check('exemplars_stage_check', sql.raw(`stage in (${inList(EXEMPLAR_STAGES)})`)),
  ],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Uploaded documents (plans, evidence), kept in the database so backups carry them. They are
 * never executed or rendered: served as attachments with the type checked at upload.
 */
export const files = pgTable(
  'files',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    owner: text('owner', { enum: FILE_OWNERS }).notNull(),
    ownerId: uuid('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    index('files_owner_idx').on(t.communeId, t.owner, t.ownerId),
    check('files_owner_check', sql.raw(`owner in (${inList(FILE_OWNERS)})`)),
    check('files_size_check', sql`${t.sizeBytes} > 0`),
  ],
);

export type AdminUnitRow = typeof adminUnits.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type ResidentialGroupRow = typeof residentialGroups.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type HouseholdRow = typeof households.$inferSelect;
export type UserRow = typeof users.$inferSelect;
