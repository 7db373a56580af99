import { isYearLocked } from '@thidua/domain';
import type { Database } from '../../db/database';
import { AppError } from '../../http/app-error';
import { lockRecord } from '../organisation/record-writes';

/**
 * The year, locked for the rest of the transaction; writing to a closed year is refused. Every
 * write to a year's records goes through here first, so closing a year and a write never interleave.
 */
export async function lockOpenYear(tx: Database, communeId: string, yearId: string) {
  const year = await lockRecord(tx, 'emulation_year', communeId, yearId);
  if (isYearLocked(year.status)) throw new AppError('YEAR_LOCKED', 409, { year: year.year });
  return year;
}
