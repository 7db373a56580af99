import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  numeric,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { GRADES } from '@thidua/domain';
import { adminUnits, communeId } from './admin-units';
import { createdAt, inList, sameCommune, updatedAt } from './columns';
import { emulationYears } from './emulation-year';
import { people } from './organisation';
import { users } from './users';

/** Monthly scoring: the commune's sheet versions and settings, the months, the year grades. */

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
