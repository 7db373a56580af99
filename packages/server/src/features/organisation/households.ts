import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import {
  householdKey,
  nameSortKey,
  pageOffset,
  searchTextOf,
  type HouseholdInput,
  type HouseholdListQuery,
  type HouseholdSummary,
  type Page,
  type RetireInput,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { explainUniqueViolation } from '../../db/errors';
import { households, residentialGroups } from '../../db/schema';
import { fieldError, notFound } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { checkActiveReference } from './active-reference';
import { insertRecord, lockRecord, updateRecord } from '../../records/record-writes';
import { setRetired } from './retirement';
import { searchCondition } from './search-condition';
import { statusCondition, type RecordStatus } from './status-filter';

/** A household joined to its group (same commune, by the composite key). */
export const householdGroup = and(
  eq(residentialGroups.communeId, households.communeId),
  eq(residentialGroups.id, households.groupId),
);

function selectHouseholds(db: Database) {
  return db
    .select({
      id: households.id,
      groupId: households.groupId,
      groupName: residentialGroups.name,
      headName: households.headName,
      address: households.address,
      memberCount: households.memberCount,
      retiredOn: households.retiredOn,
    })
    .from(households)
    .innerJoin(residentialGroups, householdGroup)
    .$dynamic();
}

const SORT_COLUMNS = {
  headName: households.sortName,
  address: households.address,
  group: residentialGroups.searchText,
  memberCount: households.memberCount,
} as const;

export async function findHouseholds(
  db: Database,
  communeId: string,
  query: HouseholdListQuery,
): Promise<Page<HouseholdSummary>> {
  const where = and(
    eq(households.communeId, communeId),
    statusCondition(households.retiredOn, query.status),
    query.groupId ? eq(households.groupId, query.groupId) : undefined,
    searchCondition(households.searchText, query.q),
  );
  const direction = query.order === 'desc' ? desc : asc;
  const order: SQL[] = [direction(SORT_COLUMNS[query.sort]), asc(households.sortName), asc(households.id)];
  const [items, [total]] = await Promise.all([
    selectHouseholds(db)
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: count() }).from(households).where(where),
  ]);
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getHousehold(db: Database, communeId: string, id: string): Promise<HouseholdSummary> {
  const [household] = await selectHouseholds(db).where(
    and(eq(households.communeId, communeId), eq(households.id, id)),
  );
  if (!household) throw notFound();
  return household;
}

export async function createHousehold(
  db: Database,
  actor: Actor,
  communeId: string,
  input: HouseholdInput,
): Promise<HouseholdSummary> {
  const id = await explainUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        await checkActiveReference(tx, communeId, 'groupId', input.groupId);
        return insertRecord(tx, actor, 'household', communeId, input, householdDerivedColumns(input));
      }),
    () => householdTaken(input),
  );
  return getHousehold(db, communeId, id);
}

export async function updateHousehold(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: HouseholdInput,
): Promise<HouseholdSummary> {
  await explainUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const before = await lockRecord(tx, 'household', communeId, id);
        if (input.groupId !== before.groupId)
          await checkActiveReference(tx, communeId, 'groupId', input.groupId);
        await updateRecord(tx, actor, 'household', communeId, before, input, householdDerivedColumns(input));
      }),
    () => householdTaken(input),
  );
  return getHousehold(db, communeId, id);
}

export async function retireHousehold(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: RetireInput,
): Promise<HouseholdSummary> {
  await setRetired(db, actor, 'household', communeId, id, input);
  return getHousehold(db, communeId, id);
}

export async function reinstateHousehold(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
): Promise<HouseholdSummary> {
  await setRetired(db, actor, 'household', communeId, id, null);
  return getHousehold(db, communeId, id);
}

export const householdDerivedColumns = (input: HouseholdInput) => ({
  searchText: searchTextOf(input.headName, input.address),
  sortName: nameSortKey(input.headName),
  matchKey: householdKey(input),
});

const householdTaken = ({ headName, address }: HouseholdInput) =>
  fieldError('HOUSEHOLD_TAKEN', 409, 'headName', { headName, address });

/** Every household of the commune, group by group, for the Excel export. */
export async function allHouseholds(
  db: Database,
  communeId: string,
  status: RecordStatus,
): Promise<HouseholdSummary[]> {
  return selectHouseholds(db)
    .where(and(eq(households.communeId, communeId), statusCondition(households.retiredOn, status)))
    .orderBy(asc(residentialGroups.searchText), asc(households.sortName), asc(households.id));
}
