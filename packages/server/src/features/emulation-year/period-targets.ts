import { and, asc, desc, eq, isNotNull, max, type SQL } from 'drizzle-orm';
import {
  evaluateIndicator,
  periodTargetProgress,
  type PeriodTargetIndicator,
  type PeriodTargetInput,
  type PeriodTargetView,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { emulationYears, indicators, periodTargets } from '../../db/schema';
import { AppError, notFound } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { deleteRecord, insertRecord, lockRecord, updateRecord } from '../../records/record-writes';

type PeriodTargetRow = typeof periodTargets.$inferSelect;

/** The yearly indicators that follow the commune's five-year targets (all of them, or those `where` picks). */
async function linkedIndicators(db: Database, communeId: string, where?: SQL) {
  return db
    .select({
      id: indicators.id,
      periodTargetId: indicators.periodTargetId,
      yearId: indicators.yearId,
      year: emulationYears.year,
      name: indicators.name,
      field: indicators.field,
      direction: indicators.direction,
      target: indicators.target,
      actual: indicators.actual,
    })
    .from(indicators)
    .innerJoin(
      emulationYears,
      and(eq(emulationYears.communeId, indicators.communeId), eq(emulationYears.id, indicators.yearId)),
    )
    .where(and(eq(indicators.communeId, communeId), isNotNull(indicators.periodTargetId), where))
    .orderBy(asc(emulationYears.year), asc(indicators.position));
}
type LinkedIndicator = Awaited<ReturnType<typeof linkedIndicators>>[number];

function viewOf(row: PeriodTargetRow, linked: readonly LinkedIndicator[]): PeriodTargetView {
  const own = linked.filter((i) => i.periodTargetId === row.id);
  const yearly: PeriodTargetIndicator[] = own.map((i) => ({
    id: i.id,
    yearId: i.yearId,
    year: i.year,
    name: i.name,
    target: i.target,
    actual: i.actual,
    ...evaluateIndicator(i),
  }));
  return {
    id: row.id,
    position: row.position,
    fromYear: row.fromYear,
    toYear: row.toYear,
    name: row.name,
    unit: row.unit,
    field: row.field,
    direction: row.direction,
    target: row.target,
    source: row.source,
    indicators: yearly,
    progress: periodTargetProgress(row, yearly),
  };
}

/** The commune's five-year targets, newest period first, each with its yearly indicators and progress. */
export async function findPeriodTargets(db: Database, communeId: string): Promise<PeriodTargetView[]> {
  const rows = await db
    .select()
    .from(periodTargets)
    .where(eq(periodTargets.communeId, communeId))
    .orderBy(desc(periodTargets.fromYear), asc(periodTargets.position));
  const linked = await linkedIndicators(db, communeId);
  return rows.map((row) => viewOf(row, linked));
}

export async function getPeriodTarget(
  db: Database,
  communeId: string,
  id: string,
): Promise<PeriodTargetView> {
  const [row] = await db
    .select()
    .from(periodTargets)
    .where(and(eq(periodTargets.communeId, communeId), eq(periodTargets.id, id)));
  if (!row) throw notFound();
  return viewOf(row, await linkedIndicators(db, communeId, eq(indicators.periodTargetId, id)));
}

export async function createPeriodTarget(
  db: Database,
  actor: Actor,
  communeId: string,
  input: PeriodTargetInput,
): Promise<PeriodTargetView> {
  const id = await db.transaction(async (tx) => {
    const [{ last } = { last: 0 }] = await tx
      .select({ last: max(periodTargets.position) })
      .from(periodTargets)
      .where(eq(periodTargets.communeId, communeId));
    return insertRecord(tx, actor, 'period_target', communeId, input, { position: (last ?? 0) + 1 });
  });
  return getPeriodTarget(db, communeId, id);
}

/**
 * Changes a five-year target. The indicators already following it must still fit: same field
 * and direction, their year inside the period (the link is checked from both sides).
 */
export async function updatePeriodTarget(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: PeriodTargetInput,
): Promise<PeriodTargetView> {
  await db.transaction(async (tx) => {
    const before = await lockRecord(tx, 'period_target', communeId, id);
    const linked = await linkedIndicators(tx, communeId, eq(indicators.periodTargetId, id));
    const misfit = linked.find(
      (i) =>
        i.field !== input.field ||
        i.direction !== input.direction ||
        i.year < input.fromYear ||
        i.year > input.toYear,
    );
    if (misfit) {
      throw new AppError('PERIOD_TARGET_LINK_BROKEN', 409, { indicator: misfit.name, year: misfit.year });
    }
    await updateRecord(tx, actor, 'period_target', communeId, before, input, {});
  });
  return getPeriodTarget(db, communeId, id);
}

/** Deletes a five-year target that no indicator follows any more. */
export async function deletePeriodTarget(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    // Locked first: linking an indicator locks the target too, so none can slip in meanwhile.
    const before = await lockRecord(tx, 'period_target', communeId, id);
    const linked = await linkedIndicators(tx, communeId, eq(indicators.periodTargetId, id));
    if (linked.length > 0) {
      throw new AppError('PERIOD_TARGET_IN_USE', 409, { name: before.name, count: linked.length });
    }
    await deleteRecord(tx, actor, 'period_target', communeId, before);
  });
}
