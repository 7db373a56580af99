import { ADMIN_LEVELS } from '@thidua/domain';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { createdAt } from './columns';

/** Administrative units (provinces, communes and wards) and the mergers that formed them. */

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

/*
 * The commune's organisation. Every table is keyed by (commune_id, id) and refers to its siblings
 * through (commune_id, …) foreign keys, so a row can only ever point into its own commune.
 * `search_text` holds the folded name (no diacritics, lower case; domain `foldForSearch`), searched
 * with a trigram index; `retired_on` marks a record as no longer active while keeping its history.
 */
export const communeId = () =>
  uuid('commune_id')
    .notNull()
    .references(() => adminUnits.id);
