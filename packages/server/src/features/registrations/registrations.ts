import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  pageOffset,
  REGISTRATION_STATUSES,
  registrationTitleLabel,
  registrationWindow,
  TITLE_IDS,
  writeScopeOf,
  type MyRegistrations,
  type Page,
  type RegistrationEventView,
  type RegistrationFilter,
  type RegistrationListQuery,
  type RegistrationStatus,
  type RegistrationSubjectRef,
  type RegistrationTitleCount,
  type RegistrationView,
  type ScopedUser,
  type SubjectType,
  type TitleId,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { emulationYears, people, registrationEvents, registrations, units } from '../../db/schema';
import { notFound } from '../../http/app-error';
import { getYearOfCommune } from '../emulation-year/emulation-years';
import { searchCondition } from '../organisation/search-condition';

/** The unit a registration belongs to: the unit registered, or the registered person's unit. */
const subjectUnitId = sql`coalesce(${registrations.unitId}, ${people.unitId})`;

const columns = {
  id: registrations.id,
  yearId: registrations.yearId,
  year: emulationYears.year,
  subjectType: registrations.subjectType,
  personId: registrations.personId,
  unitId: registrations.unitId,
  personName: people.fullName,
  subjectUnitId: units.id,
  subjectUnitName: units.name,
  title: registrations.title,
  status: registrations.status,
  returnReason: registrations.returnReason,
  createdAt: registrations.createdAt,
  updatedAt: registrations.updatedAt,
};

interface Row {
  id: string;
  yearId: string;
  year: number;
  subjectType: SubjectType;
  personId: string | null;
  unitId: string | null;
  personName: string | null;
  subjectUnitId: string | null;
  subjectUnitName: string | null;
  title: TitleId;
  status: RegistrationStatus;
  returnReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

function toView({ personName, ...row }: Row): RegistrationView {
  return {
    ...row,
    subjectName: personName ?? row.subjectUnitName ?? '',
    titleLabel: registrationTitleLabel(row.title),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Registrations joined to their year, person and unit (same commune, by the composite keys). */
function joinSubjects<T extends PgSelect>(query: T) {
  return query
    .innerJoin(
      emulationYears,
      and(eq(emulationYears.communeId, registrations.communeId), eq(emulationYears.id, registrations.yearId)),
    )
    .leftJoin(
      people,
      and(eq(people.communeId, registrations.communeId), eq(people.id, registrations.personId)),
    )
    .leftJoin(units, and(eq(units.communeId, registrations.communeId), sql`${units.id} = ${subjectUnitId}`));
}

const selectViews = (db: Database) => joinSubjects(db.select(columns).from(registrations).$dynamic());

interface RegistrationConditions extends RegistrationFilter {
  yearId?: string;
  title?: TitleId;
  status?: RegistrationListQuery['status'];
  q?: string;
}

function conditionsOf(communeId: string, f: RegistrationConditions): SQL | undefined {
  const nameMatches = f.q
    ? or(
        searchCondition(people.searchText, f.q),
        and(isNull(registrations.personId), searchCondition(units.searchText, f.q)),
      )
    : undefined;
  return and(
    eq(registrations.communeId, communeId),
    f.yearId ? eq(registrations.yearId, f.yearId) : undefined,
    f.subjectType ? eq(registrations.subjectType, f.subjectType) : undefined,
    f.personId ? eq(registrations.personId, f.personId) : undefined,
    f.unitId ? or(eq(registrations.unitId, f.unitId), eq(people.unitId, f.unitId)) : undefined,
    f.title ? eq(registrations.title, f.title) : undefined,
    f.status === 'standing'
      ? ne(registrations.status, 'withdrawn')
      : f.status
        ? eq(registrations.status, f.status)
        : undefined,
    nameMatches,
  );
}

const titleOrder = sql`array_position(${sql.raw(`array[${TITLE_IDS.map((t) => `'${t}'`).join(', ')}]`)}, ${registrations.title})`;

/** Newest year first; in a year, title by title (the catalog's order), units before people, by name. */
const LIST_ORDER = [
  desc(emulationYears.year),
  asc(titleOrder),
  desc(registrations.subjectType),
  asc(sql`coalesce(${people.sortName}, ${units.searchText})`),
  asc(registrations.id),
];

/** A page of registrations: of one year (`yearId`), or across years (a person's or a unit's history). */
export async function findRegistrations(
  db: Database,
  communeId: string,
  query: RegistrationListQuery & { yearId?: string },
): Promise<Page<RegistrationView>> {
  const where = conditionsOf(communeId, query);
  const [rows, [total]] = await Promise.all([
    selectViews(db)
      .where(where)
      .orderBy(...LIST_ORDER)
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    joinSubjects(db.select({ n: count() }).from(registrations).$dynamic()).where(where),
  ]);
  return {
    items: rows.map(toView),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The registrations with these ids, in list order. */
export async function getRegistrations(
  db: Database,
  communeId: string,
  ids: string[],
): Promise<RegistrationView[]> {
  if (ids.length === 0) return [];
  const rows = await selectViews(db)
    .where(and(eq(registrations.communeId, communeId), inArray(registrations.id, ids)))
    .orderBy(...LIST_ORDER);
  return rows.map(toView);
}

export async function getRegistration(
  db: Database,
  communeId: string,
  id: string,
): Promise<RegistrationView> {
  const [view] = await getRegistrations(db, communeId, [id]);
  if (!view) throw notFound();
  return view;
}

/** «The list per title»: each title that has registrations, with its count per status. */
export async function summariseRegistrations(
  db: Database,
  communeId: string,
  yearId: string,
  filter: RegistrationFilter,
): Promise<RegistrationTitleCount[]> {
  const rows = await joinSubjects(
    db
      .select({ title: registrations.title, status: registrations.status, n: count() })
      .from(registrations)
      .$dynamic(),
  )
    .where(conditionsOf(communeId, { ...filter, yearId }))
    .groupBy(registrations.title, registrations.status);
  const counts = new Map<TitleId, RegistrationTitleCount>();
  for (const { title, status, n } of rows) {
    let entry = counts.get(title);
    if (!entry) {
      const byStatus = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as Record<
        RegistrationStatus,
        number
      >;
      entry = { title, titleLabel: registrationTitleLabel(title), total: 0, byStatus };
      counts.set(title, entry);
    }
    entry.byStatus[status] = n;
    if (status !== 'withdrawn') entry.total += n;
  }
  return TITLE_IDS.flatMap((title) => counts.get(title) ?? []);
}

/** Every status a registration of the year went through, oldest first. */
export async function registrationHistory(
  db: Database,
  communeId: string,
  yearId: string,
  id: string,
): Promise<RegistrationEventView[]> {
  const [registration] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(eq(registrations.communeId, communeId), eq(registrations.yearId, yearId), eq(registrations.id, id)),
    );
  if (!registration) throw notFound();
  const events = await db
    .select({
      id: registrationEvents.id,
      status: registrationEvents.status,
      reason: registrationEvents.reason,
      actorName: registrationEvents.actorName,
      createdAt: registrationEvents.createdAt,
    })
    .from(registrationEvents)
    .where(and(eq(registrationEvents.communeId, communeId), eq(registrationEvents.registrationId, id)))
    .orderBy(asc(registrationEvents.createdAt), asc(registrationEvents.id));
  return events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() }));
}

/**
 * The signed-in user's registrations of the year: their own person's, and a unit head's unit's;
 * with the deadline and the days left to register.
 */
export async function myRegistrations(
  db: Database,
  communeId: string,
  yearId: string,
  user: ScopedUser,
  today: string,
): Promise<MyRegistrations> {
  const year = await getYearOfCommune(db, communeId, yearId);
  const scope = writeScopeOf(user);
  const headedUnitId = scope.kind === 'unit' ? scope.unitId : null;
  const subjects: Omit<RegistrationSubjectRef, 'registered'>[] = [];
  if (user.personId) {
    const [person] = await db
      .select({ name: people.fullName })
      .from(people)
      .where(and(eq(people.communeId, communeId), eq(people.id, user.personId)));
    if (person) subjects.push({ subjectType: 'person', id: user.personId, name: person.name });
  }
  if (headedUnitId) {
    const [unit] = await db
      .select({ name: units.name })
      .from(units)
      .where(and(eq(units.communeId, communeId), eq(units.id, headedUnitId)));
    if (unit) subjects.push({ subjectType: 'unit', id: headedUnitId, name: unit.name });
  }
  const ofSubjects = or(
    ...subjects.map((s) =>
      s.subjectType === 'person' ? eq(registrations.personId, s.id) : eq(registrations.unitId, s.id),
    ),
  );
  const rows =
    subjects.length === 0
      ? []
      : await selectViews(db)
          .where(and(eq(registrations.communeId, communeId), eq(registrations.yearId, yearId), ofSubjects))
          .orderBy(...LIST_ORDER);
  const views = rows.map(toView);
  const standing = views.filter((view) => view.status !== 'withdrawn');
  const withRegistered = subjects.map((s) => ({
    ...s,
    registered: standing.some((view) => (s.subjectType === 'person' ? view.personId : view.unitId) === s.id),
  }));
  return {
    year: year.year,
    deadline: year.registrationDeadline,
    ...registrationWindow(year.registrationDeadline, today),
    subjects: withRegistered,
    registrations: views,
    hasRegistered: withRegistered.every((s) => s.registered),
  };
}

/** Which of these subjects already hold a registration for the title in the year (any status but withdrawn). */
export async function standingRegistrationIds(
  db: Database,
  communeId: string,
  yearId: string,
  title: TitleId,
  subject: { personIds: string[] } | { unitId: string },
): Promise<Set<string>> {
  const subjectColumn = 'unitId' in subject ? registrations.unitId : registrations.personId;
  const ids = 'unitId' in subject ? [subject.unitId] : subject.personIds;
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ subjectId: subjectColumn })
    .from(registrations)
    .where(
      and(
        eq(registrations.communeId, communeId),
        eq(registrations.yearId, yearId),
        eq(registrations.title, title),
        ne(registrations.status, 'withdrawn'),
        inArray(subjectColumn, ids),
      ),
    );
  return new Set(rows.map((row) => row.subjectId!));
}
