import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { EXEMPLAR_STAGES, EXEMPLAR_SUBJECT_TYPES, INITIATIVE_LEVELS, SUBJECT_TYPES } from '@thidua/domain';
import { communeId } from './admin-units';
import { createdAt, inList, sameCommune, updatedAt } from './columns';
import { emulationYears } from './emulation-year';

import { households, people, units } from './organisation';

/** Achievements, initiatives and exemplars. */

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
