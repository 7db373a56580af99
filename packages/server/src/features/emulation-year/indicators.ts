import { and, asc, eq, max, ne } from 'drizzle-orm';
import {
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_FIELD_LABELS,
  type EmulationYearDetail,
  type IndicatorInput,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { indicators } from '../../db/schema';
import { fieldError } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { deleteRecord, insertRecord, lockRecord, updateRecord } from '../../records/record-writes';
import { getEmulationYear } from './emulation-years';
import { lockOpenYear, lockOpenYearRecord } from '../../records/open-year';

type OpenYear = Awaited<ReturnType<typeof lockOpenYear>>;

export async function createIndicator(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  input: IndicatorInput,
): Promise<EmulationYearDetail> {
  await db.transaction(async (tx) => {
    const year = await lockOpenYear(tx, communeId, yearId);
    await checkPeriodTargetLink(tx, communeId, year, input, null);
    // After the last one: positions may have gaps where indicators were deleted.
    const [{ last } = { last: 0 }] = await tx
      .select({ last: max(indicators.position) })
      .from(indicators)
      .where(and(eq(indicators.communeId, communeId), eq(indicators.yearId, yearId)));
    await insertRecord(tx, actor, 'indicator', communeId, input, { yearId, position: (last ?? 0) + 1 });
  });
  return getEmulationYear(db, communeId, yearId);
}

/** Replaces an indicator's fields (entering the actual is one such change). */
export async function updateIndicator(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  id: string,
  input: IndicatorInput,
): Promise<EmulationYearDetail> {
  await db.transaction(async (tx) => {
    const { year, record: before } = await lockOpenYearRecord(tx, 'indicator', communeId, yearId, id);
    await checkPeriodTargetLink(tx, communeId, year, input, before.id);
    await updateRecord(tx, actor, 'indicator', communeId, before, input, {});
  });
  return getEmulationYear(db, communeId, yearId);
}

export async function deleteIndicator(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  id: string,
): Promise<EmulationYearDetail> {
  await db.transaction(async (tx) => {
    const { record: before } = await lockOpenYearRecord(tx, 'indicator', communeId, yearId, id);
    await deleteRecord(tx, actor, 'indicator', communeId, before);
  });
  return getEmulationYear(db, communeId, yearId);
}

/** Lists the year's indicators in the given order (numbered 1, 2, … as the reports number them). */
export async function reorderIndicators(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  ids: readonly string[],
): Promise<EmulationYearDetail> {
  await db.transaction(async (tx) => {
    await lockOpenYear(tx, communeId, yearId);
    const rows = await tx
      .select()
      .from(indicators)
      .where(and(eq(indicators.communeId, communeId), eq(indicators.yearId, yearId)))
      .orderBy(asc(indicators.position))
      .for('update');
    const byId = new Map(rows.map((row) => [row.id, row]));
    if (ids.length !== rows.length || new Set(ids).size !== ids.length || !ids.every((id) => byId.has(id))) {
      throw fieldError('INDICATOR_ORDER_MISMATCH', 409, 'ids');
    }
    for (const [index, id] of ids.entries()) {
      await updateRecord(tx, actor, 'indicator', communeId, byId.get(id)!, { position: index + 1 }, {});
    }
  });
  return getEmulationYear(db, communeId, yearId);
}

/**
 * An indicator may follow a five-year target of its commune that measures the same way (field and
 * direction), covers its year, and is not yet followed by another indicator of that year. The
 * target stays locked to the end of the transaction, so it cannot be deleted meanwhile.
 */
async function checkPeriodTargetLink(
  tx: Database,
  communeId: string,
  year: OpenYear,
  input: IndicatorInput,
  indicatorId: string | null,
): Promise<void> {
  if (!input.periodTargetId) return;
  const target = await lockRecord(tx, 'period_target', communeId, input.periodTargetId);
  if (target.field !== input.field || target.direction !== input.direction) {
    throw fieldError('INDICATOR_PERIOD_TARGET_MISMATCH', 400, 'periodTargetId', {
      field: INDICATOR_FIELD_LABELS[target.field],
      direction: INDICATOR_DIRECTION_LABELS[target.direction],
      name: target.name,
    });
  }
  if (year.year < target.fromYear || year.year > target.toYear) {
    throw fieldError('INDICATOR_OUTSIDE_PERIOD', 400, 'periodTargetId', {
      year: year.year,
      fromYear: target.fromYear,
      toYear: target.toYear,
      name: target.name,
    });
  }
  const [other] = await tx
    .select({ name: indicators.name })
    .from(indicators)
    .where(
      and(
        eq(indicators.communeId, communeId),
        eq(indicators.yearId, year.id),
        eq(indicators.periodTargetId, target.id),
        ...(indicatorId ? [ne(indicators.id, indicatorId)] : []),
      ),
    );
  if (other) {
    throw fieldError('INDICATOR_PERIOD_TARGET_TAKEN', 409, 'periodTargetId', {
      year: year.year,
      indicator: other.name,
      name: target.name,
    });
  }
}
