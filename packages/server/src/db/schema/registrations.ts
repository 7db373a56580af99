import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REGISTRATION_STATUSES, SUBJECT_TYPES, TITLE_IDS } from '@thidua/domain';
import { communeId } from './admin-units';
import { createdAt, inList, sameCommune, updatedAt } from './columns';
import { emulationYears } from './emulation-year';
import { people, units } from './organisation';

/** Title registrations and their status history. */

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
