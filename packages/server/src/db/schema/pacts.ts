import { date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

import { communeId } from './admin-units';
import { createdAt, sameCommune, updatedAt } from './columns';
import { emulationYears } from './emulation-year';
import { units } from './organisation';

/** Emulation pacts and their signing parties. */

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
