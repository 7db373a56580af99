import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import {
  canSeeIdNumbers,
  maskedIdNumber,
  nameSortKey,
  pageOffset,
  searchTextOf,
  type Page,
  type PersonInput,
  type PersonListQuery,
  type PersonSummary,
  type RetireInput,
  type Role,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { explainUniqueViolation } from '../../db/errors';
import { people, units } from '../../db/schema';
import { fieldError, notFound } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { checkActiveReference } from './active-reference';
import { insertRecord, lockRecord, updateRecord } from '../../records/record-writes';
import { setRetired } from './retirement';
import { searchCondition } from './search-condition';
import { statusCondition, type RecordStatus } from './status-filter';

const personColumns = {
  id: people.id,
  fullName: people.fullName,
  gender: people.gender,
  birthDate: people.birthDate,
  idNumber: people.idNumber,
  position: people.position,
  unitId: people.unitId,
  unitName: units.name,
  employmentCategory: people.employmentCategory,
  isLeader: people.isLeader,
  serviceStart: people.serviceStart,
  serviceEnd: people.serviceEnd,
  retiredOn: people.retiredOn,
};

/** A person joined to their unit (same commune, by the composite key). */
export const personUnit = and(eq(units.communeId, people.communeId), eq(units.id, people.unitId));

function selectPeople(db: Database) {
  return db.select(personColumns).from(people).leftJoin(units, personUnit).$dynamic();
}

/** Only the last four digits for roles that do not keep the records (a list is easily copied). */
export function maskIdNumber(person: PersonSummary, role: Role): PersonSummary {
  return canSeeIdNumbers(role) ? person : { ...person, idNumber: maskedIdNumber(person.idNumber) };
}

const SORT_COLUMNS = {
  fullName: people.sortName,
  birthDate: people.birthDate,
  unit: units.searchText,
  serviceStart: people.serviceStart,
} as const;

export async function findPeople(
  db: Database,
  communeId: string,
  query: PersonListQuery,
): Promise<Page<PersonSummary>> {
  const where = and(
    eq(people.communeId, communeId),
    statusCondition(people.retiredOn, query.status),
    query.unitId ? eq(people.unitId, query.unitId) : undefined,
    query.employmentCategory ? eq(people.employmentCategory, query.employmentCategory) : undefined,
    searchCondition(people.searchText, query.q),
  );
  const direction = query.order === 'desc' ? desc : asc;
  const order: SQL[] = [direction(SORT_COLUMNS[query.sort]), asc(people.sortName), asc(people.id)];
  const [items, [total]] = await Promise.all([
    selectPeople(db)
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: count() }).from(people).where(where),
  ]);
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getPerson(db: Database, communeId: string, id: string): Promise<PersonSummary> {
  const [person] = await selectPeople(db).where(and(eq(people.communeId, communeId), eq(people.id, id)));
  if (!person) throw notFound();
  return person;
}

export async function createPerson(
  db: Database,
  actor: Actor,
  communeId: string,
  input: PersonInput,
): Promise<PersonSummary> {
  const id = await explainUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        await checkActiveReference(tx, communeId, 'unitId', input.unitId);
        return insertRecord(tx, actor, 'person', communeId, input, personDerivedColumns(input));
      }),
    () => idNumberTaken(db, communeId, input.idNumber),
  );
  return getPerson(db, communeId, id);
}

export async function updatePerson(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: PersonInput,
): Promise<PersonSummary> {
  await explainUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const before = await lockRecord(tx, 'person', communeId, id);
        if (input.unitId !== before.unitId) await checkActiveReference(tx, communeId, 'unitId', input.unitId);
        await updateRecord(tx, actor, 'person', communeId, before, input, personDerivedColumns(input));
      }),
    () => idNumberTaken(db, communeId, input.idNumber),
  );
  return getPerson(db, communeId, id);
}

export async function retirePerson(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: RetireInput,
): Promise<PersonSummary> {
  await setRetired(db, actor, 'person', communeId, id, input);
  return getPerson(db, communeId, id);
}

export async function reinstatePerson(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
): Promise<PersonSummary> {
  await setRetired(db, actor, 'person', communeId, id, null);
  return getPerson(db, communeId, id);
}

/** The columns computed from a person's fields: what search and sorting read. */
export const personDerivedColumns = (input: Pick<PersonInput, 'fullName' | 'position'>) => ({
  searchText: searchTextOf(input.fullName, input.position),
  sortName: nameSortKey(input.fullName),
});

/** A taken number is refused with the name of the person who holds it. */
async function idNumberTaken(db: Database, communeId: string, idNumber: string) {
  const [holder] = await db
    .select({ fullName: people.fullName })
    .from(people)
    .where(and(eq(people.communeId, communeId), eq(people.idNumber, idNumber)));
  return fieldError('PERSON_ID_NUMBER_TAKEN', 409, 'idNumber', {
    idNumber,
    fullName: holder?.fullName ?? '',
  });
}

/** Every person of the commune in list order, for the Excel export. */
export async function allPeople(
  db: Database,
  communeId: string,
  status: RecordStatus,
): Promise<PersonSummary[]> {
  return selectPeople(db)
    .where(and(eq(people.communeId, communeId), statusCondition(people.retiredOn, status)))
    .orderBy(asc(people.sortName), asc(people.id));
}
