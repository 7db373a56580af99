import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { INDICATOR_DIRECTIONS, INDICATOR_FIELDS, YEAR_STATUSES } from '@thidua/domain';
import { communeId } from './admin-units';
import { createdAt, inList, updatedAt } from './columns';

/** The emulation year, its key indicators and the five-year targets. */

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
