import { and, asc, desc, eq } from 'drizzle-orm';
import {
  canChangeYearStatus,
  EmulationYearUpdateSchema,
  evaluateIndicator,
  isYearLocked,
  registrationDeadlineProblem,
  summariseIndicators,
  YEAR_STATUS_LABELS,
  type EmulationYearDetail,
  type EmulationYearInput,
  type EmulationYearSummary,
  type EmulationYearUpdate,
  type IndicatorView,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { explainUniqueViolation } from '../../db/errors';
import { emulationYears, indicators } from '../../db/schema';
import { AppError, fieldError, invalidInput, notFound } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { insertRecord, lockRecord, updateRecord } from '../../records/record-writes';
import { latestSheetVersion } from '../scoring/scoring-sheet';

const yearColumns = {
  id: emulationYears.id,
  year: emulationYears.year,
  theme: emulationYears.theme,
  status: emulationYears.status,
  registrationDeadline: emulationYears.registrationDeadline,
};

export async function findEmulationYears(db: Database, communeId: string): Promise<EmulationYearSummary[]> {
  return db
    .select(yearColumns)
    .from(emulationYears)
    .where(eq(emulationYears.communeId, communeId))
    .orderBy(desc(emulationYears.year));
}

/** The year named in the URL, if it is the commune's: another commune's year is 404. */
export async function getYearOfCommune(
  db: Database,
  communeId: string,
  id: string,
): Promise<EmulationYearSummary> {
  const [row] = await db
    .select(yearColumns)
    .from(emulationYears)
    .where(and(eq(emulationYears.communeId, communeId), eq(emulationYears.id, id)));
  if (!row) throw notFound();
  return row;
}

/** The year with its indicators, each with the verdict and percent the domain computes. */
export async function getEmulationYear(
  db: Database,
  communeId: string,
  id: string,
): Promise<EmulationYearDetail> {
  const year = await getYearOfCommune(db, communeId, id);
  const rows = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.communeId, communeId), eq(indicators.yearId, id)))
    .orderBy(asc(indicators.position));
  const views: IndicatorView[] = rows.map((r) => ({
    id: r.id,
    position: r.position,
    name: r.name,
    unit: r.unit,
    field: r.field,
    direction: r.direction,
    target: r.target,
    actual: r.actual,
    source: r.source,
    periodTargetId: r.periodTargetId,
    ...evaluateIndicator(r),
  }));
  return { ...year, indicators: views, indicatorSummary: summariseIndicators(views).text };
}

export async function createEmulationYear(
  db: Database,
  actor: Actor,
  communeId: string,
  input: EmulationYearInput,
): Promise<EmulationYearDetail> {
  const id = await explainUniqueViolation(
    () => db.transaction((tx) => insertRecord(tx, actor, 'emulation_year', communeId, input, {})),
    () => fieldError('YEAR_TAKEN', 409, 'year', { year: input.year }),
  );
  return getEmulationYear(db, communeId, id);
}

/** Changes the theme or moves the stage; a closed year changes no more. */
export async function updateEmulationYear(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: EmulationYearUpdate,
): Promise<EmulationYearDetail> {
  await db.transaction(async (tx) => {
    const before = await lockRecord(tx, 'emulation_year', communeId, id);
    if (input.status && input.status !== before.status && !canChangeYearStatus(before.status, input.status)) {
      throw new AppError('YEAR_STATUS_CHANGE_NOT_ALLOWED', 409, {
        from: YEAR_STATUS_LABELS[before.status],
        to: YEAR_STATUS_LABELS[input.status],
      });
    }
    if (
      (input.theme !== undefined || input.registrationDeadline !== undefined) &&
      isYearLocked(before.status)
    ) {
      throw new AppError('YEAR_LOCKED', 409, { year: before.year });
    }
    // The schema cannot see the year a new deadline belongs to; the stored row can.
    const deadline = input.registrationDeadline;
    const problem = deadline && registrationDeadlineProblem(before.year, deadline);
    if (problem)
      throw invalidInput(EmulationYearUpdateSchema, [{ path: ['registrationDeadline'], message: problem }]);
    // Closing freezes the scoring sheet version the year's scores and grades are read on.
    const closing = input.status === 'closed' && before.status !== 'closed';
    const frozen = closing ? { scoringSheetVersion: (await latestSheetVersion(tx, communeId)).version } : {};
    await updateRecord(tx, actor, 'emulation_year', communeId, before, { ...input, ...frozen }, {});
  });
  return getEmulationYear(db, communeId, id);
}
