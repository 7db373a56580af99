import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ADMIN_LEVELS, ROLES } from '@thidua/domain';

// Millisecond precision: what JavaScript dates hold, so a backup round-trips every value exactly.
const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

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
  ],
);

export type AdminUnitRow = typeof adminUnits.$inferSelect;
export type UserRow = typeof users.$inferSelect;
