import { isYearLocked } from '@thidua/domain';
import type { Database } from '../db/database';
import { AppError, notFound } from '../http/app-error';
import { lockRecord, type RecordEntity } from './record-writes';

/**
 * The year, locked for the rest of the transaction; writing to a closed year is refused. Every
 * write to a year's records goes through here first, so closing a year and a write never interleave.
 */
export async function lockOpenYear(tx: Database, communeId: string, yearId: string) {
  const year = await lockRecord(tx, 'emulation_year', communeId, yearId);
  if (isYearLocked(year.status)) throw new AppError('YEAR_LOCKED', 409, { year: year.year });
  return year;
}

type RecordRow<E extends RecordEntity> = Awaited<ReturnType<typeof lockRecord<E>>>;
/** The records that belong to one emulation year. */
type YearRecordEntity = {
  [E in RecordEntity]: RecordRow<E> extends { yearId: string } ? E : never;
}[RecordEntity];

/**
 * The open year (as `lockOpenYear`) and one of its records, both locked for the rest of the
 * transaction: the same record under another year's URL is 404.
 */
export async function lockOpenYearRecord<E extends YearRecordEntity>(
  tx: Database,
  entity: E,
  communeId: string,
  yearId: string,
  id: string,
) {
  const year = await lockOpenYear(tx, communeId, yearId);
  const record = await lockRecord(tx, entity, communeId, id);
  if ((record as { yearId: string }).yearId !== yearId) throw notFound();
  return { year, record };
}
