import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/database';
import { files } from '../db/schema';
import { RECORD_TABLES } from '../db/tables';
import { isUuid } from '../http/route-params';

type CommuneTable = PgTable & { communeId: PgColumn; id: PgColumn };

/** The table a named id (a route parameter or a field of the body) points into. */
const NAMED_ID_TABLES: Record<string, CommuneTable> = {
  yearId: RECORD_TABLES.emulation_year,
  personId: RECORD_TABLES.person,
  unitId: RECORD_TABLES.unit,
  groupId: RECORD_TABLES.residential_group,
  householdId: RECORD_TABLES.household,
  reviewId: RECORD_TABLES.movement_review,
};

/** The table of a route's `:id`, by the path segment before it (`/units/:id` is a unit). */
const SEGMENT_TABLES: Record<string, CommuneTable> = {
  units: RECORD_TABLES.unit,
  'residential-groups': RECORD_TABLES.residential_group,
  people: RECORD_TABLES.person,
  households: RECORD_TABLES.household,
  years: RECORD_TABLES.emulation_year,
  indicators: RECORD_TABLES.indicator,
  'period-targets': RECORD_TABLES.period_target,
  movements: RECORD_TABLES.movement,
  reviews: RECORD_TABLES.movement_review,
  pacts: RECORD_TABLES.pact,
  registrations: RECORD_TABLES.registration,
  disciplines: RECORD_TABLES.discipline,
  achievements: RECORD_TABLES.achievement,
  initiatives: RECORD_TABLES.initiative,
  exemplars: RECORD_TABLES.exemplar,
  files,
};

/**
 * Whether every record id a request names — in its URL, or as a subject in its body (`personId`,
 * `unitId`…) — is one of the commune's records. Asked only before refusing a role (403): an id
 * that is not the commune's answers 404 instead, so a refusal never tells an outsider that another
 * commune's record exists. A URL id of a kind not listed here counts as not the commune's.
 */
export async function routeRecordsBelongTo(
  db: Database,
  communeId: string,
  route: string,
  params: Record<string, string>,
  body: unknown,
): Promise<boolean> {
  const segments = route.split('/');
  const bodyIds = Object.entries(body && typeof body === 'object' ? body : {}).filter(
    ([name, value]) => name in NAMED_ID_TABLES && typeof value === 'string' && isUuid(value),
  );
  for (const [name, value] of [...Object.entries(params), ...bodyIds] as [string, string][]) {
    if (name === 'communeId' || !isUuid(value)) continue;
    const before = segments[segments.indexOf(`:${name}`) - 1] ?? '';
    const table = NAMED_ID_TABLES[name] ?? (name === 'id' ? SEGMENT_TABLES[before] : undefined);
    if (!table) return false;
    const [row] = await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.communeId, communeId), eq(table.id, value)))
      .limit(1);
    if (!row) return false;
  }
  return true;
}
