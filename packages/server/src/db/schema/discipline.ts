import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { DISCIPLINE_FORMS } from '@thidua/domain';
import { communeId } from './admin-units';
import { createdAt, inList, sameCommune, updatedAt } from './columns';
import { people } from './organisation';

/** Discipline decisions. */

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
