import { and, count, eq, isNull, sql } from 'drizzle-orm';
import {
  compareNamesVi,
  foldForSearch,
  type ResidentialGroupInput,
  type ResidentialGroupSummary,
  type RetireInput,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { explainUniqueViolation } from '../../db/errors';
import { households, residentialGroups } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { insertRecord, lockRecord, updateRecord } from '../../records/record-writes';
import { setRetired } from './retirement';
import { statusCondition, type RecordStatus } from './status-filter';

function selectGroups(db: Database, communeId: string) {
  const living = db
    .select({
      groupId: households.groupId,
      n: count().as('n'),
      residents: sql<number>`sum(${households.memberCount})`.as('residents'),
    })
    .from(households)
    .where(and(eq(households.communeId, communeId), isNull(households.retiredOn)))
    .groupBy(households.groupId)
    .as('living');
  return db
    .select({
      id: residentialGroups.id,
      name: residentialGroups.name,
      kind: residentialGroups.kind,
      leaderName: residentialGroups.leaderName,
      leaderPhone: residentialGroups.leaderPhone,
      retiredOn: residentialGroups.retiredOn,
      activeHouseholds: sql<number>`coalesce(${living.n}, 0)::int`,
      residents: sql<number>`coalesce(${living.residents}, 0)::int`,
    })
    .from(residentialGroups)
    .leftJoin(living, eq(living.groupId, residentialGroups.id))
    .$dynamic();
}

/** Every group of the commune (tens at most), in natural name order: Tổ dân phố 2 before Tổ dân phố 10. */
export async function findResidentialGroups(
  db: Database,
  communeId: string,
  status: RecordStatus,
): Promise<ResidentialGroupSummary[]> {
  const rows = await selectGroups(db, communeId).where(
    and(eq(residentialGroups.communeId, communeId), statusCondition(residentialGroups.retiredOn, status)),
  );
  return rows.sort((a, b) => compareNamesVi(a.name, b.name));
}

export async function getResidentialGroup(
  db: Database,
  communeId: string,
  id: string,
): Promise<ResidentialGroupSummary> {
  const [group] = await selectGroups(db, communeId).where(
    and(eq(residentialGroups.communeId, communeId), eq(residentialGroups.id, id)),
  );
  if (!group) throw notFound();
  return group;
}

export async function createResidentialGroup(
  db: Database,
  actor: Actor,
  communeId: string,
  input: ResidentialGroupInput,
): Promise<ResidentialGroupSummary> {
  const id = await explainUniqueViolation(
    () =>
      db.transaction((tx) =>
        insertRecord(tx, actor, 'residential_group', communeId, input, derivedColumns(input)),
      ),
    () => nameTaken(input.name),
  );
  return getResidentialGroup(db, communeId, id);
}

export async function updateResidentialGroup(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: ResidentialGroupInput,
): Promise<ResidentialGroupSummary> {
  await explainUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const before = await lockRecord(tx, 'residential_group', communeId, id);
        await updateRecord(tx, actor, 'residential_group', communeId, before, input, derivedColumns(input));
      }),
    () => nameTaken(input.name),
  );
  return getResidentialGroup(db, communeId, id);
}

/** A group is retired (e.g. merged into another) only once its households have moved or left. */
export async function retireResidentialGroup(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: RetireInput,
): Promise<ResidentialGroupSummary> {
  await setRetired(db, actor, 'residential_group', communeId, id, input, async (tx, group) => {
    const [living] = await tx
      .select({ n: count() })
      .from(households)
      .where(
        and(eq(households.communeId, communeId), eq(households.groupId, id), isNull(households.retiredOn)),
      );
    if (living!.n > 0) {
      throw new AppError('GROUP_HAS_ACTIVE_HOUSEHOLDS', 409, { name: group.name, households: living!.n });
    }
  });
  return getResidentialGroup(db, communeId, id);
}

export async function reinstateResidentialGroup(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
): Promise<ResidentialGroupSummary> {
  await explainUniqueViolation(
    () => setRetired(db, actor, 'residential_group', communeId, id, null),
    async () => nameTaken((await getResidentialGroup(db, communeId, id)).name),
  );
  return getResidentialGroup(db, communeId, id);
}

const derivedColumns = (input: ResidentialGroupInput) => ({ searchText: foldForSearch(input.name) });

const nameTaken = (name: string) => fieldError('GROUP_NAME_TAKEN', 409, 'name', { name });
