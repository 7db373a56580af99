import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import {
  advanceExemplar,
  changeDiscoveredOn,
  isDateInYear,
  pageOffset,
  undoExemplarStage,
  type ExemplarAdvance,
  type ExemplarInput,
  type ExemplarListQuery,
  type ExemplarProgress,
  type ExemplarStageOutcome,
  type ExemplarView,
  type Page,
} from '@thidua/domain';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database';
import { emulationYears, exemplars, households, people, residentialGroups, units } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { getYearOfCommune } from '../emulation-year/emulation-years';
import { lockOpenYear, lockOpenYearRecord } from '../../records/open-year';
import { insertRecord, updateRecord, type RecordValues } from '../../records/record-writes';
import { personSubject, requireHousehold, unitSubject } from './record-subjects';

/** Exemplars with their year and the name of whom they are about. */
function selectExemplars(db: Database) {
  const sameCommune = (table: { communeId: AnyPgColumn }) => eq(table.communeId, exemplars.communeId);
  return db
    .select({
      id: exemplars.id,
      yearId: exemplars.yearId,
      year: emulationYears.year,
      subjectType: exemplars.subjectType,
      personId: exemplars.personId,
      unitId: exemplars.unitId,
      householdId: exemplars.householdId,
      personName: people.fullName,
      unitName: units.name,
      headName: households.headName,
      groupName: residentialGroups.name,
      description: exemplars.description,
      stage: exemplars.stage,
      discoveredOn: exemplars.discoveredOn,
      nurturedOn: exemplars.nurturedOn,
      summarisedOn: exemplars.summarisedOn,
      replicatedOn: exemplars.replicatedOn,
    })
    .from(exemplars)
    .innerJoin(emulationYears, and(sameCommune(emulationYears), eq(emulationYears.id, exemplars.yearId)))
    .leftJoin(people, and(sameCommune(people), eq(people.id, exemplars.personId)))
    .leftJoin(units, and(sameCommune(units), eq(units.id, exemplars.unitId)))
    .leftJoin(households, and(sameCommune(households), eq(households.id, exemplars.householdId)))
    .leftJoin(
      residentialGroups,
      and(
        eq(residentialGroups.communeId, households.communeId),
        eq(residentialGroups.id, households.groupId),
      ),
    )
    .$dynamic();
}

type ExemplarRow = Awaited<ReturnType<ReturnType<typeof selectExemplars>['execute']>>[number];

function toView(row: ExemplarRow): ExemplarView {
  const { personName, unitName, headName, groupName, ...record } = row;
  const subjectName =
    record.subjectType === 'household'
      ? `Hộ ông/bà ${headName ?? ''}, ${groupName ?? ''}`
      : ((record.subjectType === 'person' ? personName : unitName) ?? '');
  return { ...record, subjectName };
}

const newestFirst = [desc(exemplars.discoveredOn), desc(exemplars.createdAt), desc(exemplars.id)];

export async function findExemplars(
  db: Database,
  communeId: string,
  yearId: string,
  query: ExemplarListQuery,
): Promise<Page<ExemplarView>> {
  await getYearOfCommune(db, communeId, yearId);
  const where = and(
    eq(exemplars.communeId, communeId),
    eq(exemplars.yearId, yearId),
    query.subjectType ? eq(exemplars.subjectType, query.subjectType) : undefined,
    query.stage ? eq(exemplars.stage, query.stage) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    selectExemplars(db)
      .where(where)
      .orderBy(...newestFirst)
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: count() }).from(exemplars).where(where),
  ]);
  return { items: rows.map(toView), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getExemplar(
  db: Database,
  communeId: string,
  yearId: string,
  id: string,
): Promise<ExemplarView> {
  const [row] = await selectExemplars(db).where(
    and(eq(exemplars.communeId, communeId), eq(exemplars.yearId, yearId), eq(exemplars.id, id)),
  );
  if (!row) throw notFound();
  return toView(row);
}

/** Every exemplar matching `where`, across years, newest first. */
export async function listExemplars(db: Database, where: SQL | undefined): Promise<ExemplarView[]> {
  const rows = await selectExemplars(db)
    .where(where)
    .orderBy(desc(emulationYears.year), ...newestFirst);
  return rows.map(toView);
}

/** The exemplar is the commune's person, unit or household, and was discovered in the year. */
async function checkInput(tx: Database, communeId: string, year: number, input: ExemplarInput) {
  if (!isDateInYear(input.discoveredOn, year)) {
    throw fieldError('ACHIEVEMENT_DATE_OUTSIDE_YEAR', 400, 'discoveredOn', { field: 'Ngày phát hiện', year });
  }
  if (input.subjectType === 'person')
    await personSubject(tx, communeId, input.personId!, { key: 'personId', label: 'Cá nhân' });
  else if (input.subjectType === 'unit')
    await unitSubject(tx, communeId, input.unitId!, { key: 'unitId', label: 'Tập thể (đơn vị)' });
  else
    await requireHousehold(tx, communeId, input.householdId!, { key: 'householdId', label: 'Hộ gia đình' });
}

export async function createExemplar(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  input: ExemplarInput,
): Promise<ExemplarView> {
  const id = await db.transaction(async (tx) => {
    const year = await lockOpenYear(tx, communeId, yearId);
    await checkInput(tx, communeId, year.year, input);
    return insertRecord(tx, actor, 'exemplar', communeId, input, { yearId });
  });
  return getExemplar(db, communeId, yearId, id);
}

/** The stage refusals as API errors: a day too early is about the day the form sent. */
function progressOrThrow(outcome: ExemplarStageOutcome, dateField: string) {
  if (outcome.ok) return outcome.progress;
  const { code, params } = outcome.problem;
  if (code === 'EXEMPLAR_STAGE_DATE_TOO_EARLY') throw fieldError(code, 400, dateField, params);
  throw new AppError(code, 409, params);
}

/** Only the stage and its days are written by a stage change. */
const progressChanges = ({
  stage,
  discoveredOn,
  nurturedOn,
  summarisedOn,
  replicatedOn,
}: ExemplarProgress) => ({
  stage,
  discoveredOn,
  nurturedOn,
  summarisedOn,
  replicatedOn,
});

/** Locks the exemplar of the year and applies `change` to it (and its stage dates) with an audit entry. */
async function changeExemplar(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  id: string,
  change: (
    tx: Database,
    before: typeof exemplars.$inferSelect,
    year: number,
  ) => Promise<RecordValues<'exemplar'>>,
): Promise<ExemplarView> {
  await db.transaction(async (tx) => {
    const { year, record: before } = await lockOpenYearRecord(tx, 'exemplar', communeId, yearId, id);
    await updateRecord(tx, actor, 'exemplar', communeId, before, await change(tx, before, year.year), {});
  });
  return getExemplar(db, communeId, yearId, id);
}

/** Corrects who the exemplar is and what it is about; the stages stay as they are. */
export function updateExemplar(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  id: string,
  input: ExemplarInput,
): Promise<ExemplarView> {
  return changeExemplar(db, actor, communeId, yearId, id, async (tx, before, year) => {
    await checkInput(tx, communeId, year, input);
    progressOrThrow(changeDiscoveredOn(before, input.discoveredOn), 'discoveredOn');
    return input;
  });
}

/** «Chuyển giai đoạn»: one stage forward, on a day not before the current stage's. */
export function advanceExemplarStage(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  id: string,
  { stage, date }: ExemplarAdvance,
): Promise<ExemplarView> {
  return changeExemplar(db, actor, communeId, yearId, id, async (_tx, before) =>
    progressChanges(progressOrThrow(advanceExemplar(before, stage, date), 'date')),
  );
}

/** Takes back the last stage reached (a mistaken click), clearing its day. */
export function undoExemplarLastStage(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  id: string,
): Promise<ExemplarView> {
  return changeExemplar(db, actor, communeId, yearId, id, async (_tx, before) =>
    progressChanges(progressOrThrow(undoExemplarStage(before), 'stage')),
  );
}
