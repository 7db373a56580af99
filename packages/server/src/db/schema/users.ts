import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '@thidua/domain';
import { adminUnits } from './admin-units';
import { createdAt } from './columns';
import { people, units } from './organisation';

/** Accounts and their sessions. */

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
