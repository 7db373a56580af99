import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { LAUNCH_LEVELS, MOVEMENT_REVIEW_KINDS, MOVEMENT_TYPES } from '@thidua/domain';
import { communeId } from './admin-units';
import { createdAt, inList, sameCommune, updatedAt } from './columns';
import { emulationYears } from './emulation-year';

/** Emulation movements and their reviews. */

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
