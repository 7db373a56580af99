import { isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export type RecordStatus = 'active' | 'retired' | 'all';

/** Active records have no retirement date; `all` adds no condition. */
export function statusCondition(retiredOn: PgColumn, status: RecordStatus): SQL | undefined {
  if (status === 'active') return isNull(retiredOn);
  if (status === 'retired') return isNotNull(retiredOn);
  return undefined;
}
