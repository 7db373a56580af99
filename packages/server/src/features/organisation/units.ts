import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { foldForSearch, type RetireInput, type UnitInput, type UnitSummary } from '@thidua/domain';
import type { Database } from '../../db/database';
import { explainUniqueViolation } from '../../db/errors';
import { people, units } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { insertRecord, lockRecord, updateRecord } from '../../records/record-writes';
import { setRetired } from './retirement';
import { statusCondition, type RecordStatus } from './status-filter';

const parent = alias(units, 'parent');

function selectUnits(db: Database, communeId: string) {
  const activePeople = db
    .select({ unitId: people.unitId, n: count().as('n') })
    .from(people)
    .where(and(eq(people.communeId, communeId), isNull(people.retiredOn)))
    .groupBy(people.unitId)
    .as('active_people');
  return db
    .select({
      id: units.id,
      name: units.name,
      kind: units.kind,
      parentId: units.parentId,
      parentName: parent.name,
      retiredOn: units.retiredOn,
      activePeople: sql<number>`coalesce(${activePeople.n}, 0)::int`,
    })
    .from(units)
    .leftJoin(parent, and(eq(parent.communeId, units.communeId), eq(parent.id, units.parentId)))
    .leftJoin(activePeople, eq(activePeople.unitId, units.id))
    .$dynamic();
}

/** All units of the commune (a commune has tens, so no paging), in name order for the tree. */
export async function findUnits(
  db: Database,
  communeId: string,
  status: RecordStatus,
): Promise<UnitSummary[]> {
  return selectUnits(db, communeId)
    .where(and(eq(units.communeId, communeId), statusCondition(units.retiredOn, status)))
    .orderBy(asc(units.searchText));
}

export async function getUnit(db: Database, communeId: string, id: string): Promise<UnitSummary> {
  const [unit] = await selectUnits(db, communeId).where(
    and(eq(units.communeId, communeId), eq(units.id, id)),
  );
  if (!unit) throw notFound();
  return unit;
}

export async function createUnit(
  db: Database,
  actor: Actor,
  communeId: string,
  input: UnitInput,
): Promise<UnitSummary> {
  const id = await explainUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        await checkParent(tx, communeId, null, input.parentId);
        return insertRecord(tx, actor, 'unit', communeId, input, derivedColumns(input));
      }),
    () => nameTaken(input.name),
  );
  return getUnit(db, communeId, id);
}

export async function updateUnit(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: UnitInput,
): Promise<UnitSummary> {
  await explainUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const before = await lockRecord(tx, 'unit', communeId, id);
        await checkParent(tx, communeId, id, input.parentId);
        await updateRecord(tx, actor, 'unit', communeId, before, input, derivedColumns(input));
      }),
    () => nameTaken(input.name),
  );
  return getUnit(db, communeId, id);
}

const derivedColumns = (input: UnitInput) => ({ searchText: foldForSearch(input.name) });

/** A unit is retired only once nobody works in it and no active unit sits under it. */
export async function retireUnit(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: RetireInput,
): Promise<UnitSummary> {
  await setRetired(db, actor, 'unit', communeId, id, input, async (tx) => {
    const [[members], [children]] = await Promise.all([
      tx
        .select({ n: count() })
        .from(people)
        .where(and(eq(people.communeId, communeId), eq(people.unitId, id), isNull(people.retiredOn))),
      tx
        .select({ n: count() })
        .from(units)
        .where(and(eq(units.communeId, communeId), eq(units.parentId, id), isNull(units.retiredOn))),
    ]);
    if (members!.n > 0 || children!.n > 0) {
      throw new AppError('UNIT_HAS_ACTIVE_MEMBERS', 409, { people: members!.n, units: children!.n });
    }
  });
  return getUnit(db, communeId, id);
}

export async function reinstateUnit(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
): Promise<UnitSummary> {
  await explainUniqueViolation(
    () => setRetired(db, actor, 'unit', communeId, id, null),
    async () => nameTaken((await getUnit(db, communeId, id)).name),
  );
  return getUnit(db, communeId, id);
}

/** The parent must be an active unit of the commune and not the unit itself or one below it. */
async function checkParent(tx: Database, communeId: string, unitId: string | null, parentId: string | null) {
  if (!parentId) return;
  const all = await tx
    .select({ id: units.id, parentId: units.parentId, retiredOn: units.retiredOn })
    .from(units)
    .where(eq(units.communeId, communeId));
  const byId = new Map(all.map((u) => [u.id, u]));
  const target = byId.get(parentId);
  if (!target || target.retiredOn) throw fieldError('UNIT_PARENT_INVALID', 400, 'parentId');
  for (let cursor: string | null = parentId, steps = 0; cursor && steps <= all.length; steps++) {
    if (cursor === unitId) throw fieldError('UNIT_PARENT_INVALID', 400, 'parentId');
    cursor = byId.get(cursor)?.parentId ?? null;
  }
}

const nameTaken = (name: string) => fieldError('UNIT_NAME_TAKEN', 409, 'name', { name });
