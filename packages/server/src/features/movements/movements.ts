import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import {
  formatDateVi,
  type MovementDetail,
  type MovementInput,
  type MovementReviewInput,
  type MovementReviewView,
  type MovementSummary,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { movementReviews, movements } from '../../db/schema';
import { fieldError, notFound } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { getYearOfCommune } from '../emulation-year/emulation-years';
import { lockOpenYear, lockOpenYearRecord } from '../../records/open-year';
import { findFiles } from '../files/stored-files';
import { insertRecord, lockRecord, updateRecord } from '../../records/record-writes';

const movementColumns = {
  id: movements.id,
  yearId: movements.yearId,
  name: movements.name,
  launchLevel: movements.launchLevel,
  type: movements.type,
  startsOn: movements.startsOn,
  endsOn: movements.endsOn,
  participants: movements.participants,
  criteria: movements.criteria,
  planNumber: movements.planNumber,
  planDate: movements.planDate,
};

/** Per movement: how many interim reviews it had and the date of its final one. */
const reviewState = {
  interimCount:
    sql<number>`count(${movementReviews.id}) filter (where ${movementReviews.kind} = 'interim')`.mapWith(
      Number,
    ),
  finalOn: sql<
    string | null
  >`max(${movementReviews.reviewedOn}) filter (where ${movementReviews.kind} = 'final')`.mapWith(
    movementReviews.reviewedOn,
  ),
};

async function selectMovements(db: Database, communeId: string, yearId: string, id?: string) {
  const rows = await db
    .select({ ...movementColumns, ...reviewState })
    .from(movements)
    .leftJoin(
      movementReviews,
      and(eq(movementReviews.communeId, movements.communeId), eq(movementReviews.movementId, movements.id)),
    )
    .where(
      and(
        eq(movements.communeId, communeId),
        eq(movements.yearId, yearId),
        id ? eq(movements.id, id) : undefined,
      ),
    )
    .groupBy(...Object.values(movementColumns))
    .orderBy(asc(movements.startsOn), asc(movements.name), asc(movements.id));
  return rows.map(({ interimCount, finalOn, ...movement }): MovementSummary => ({
    ...movement,
    reviewState: { interimCount, finalOn },
  }));
}

/** The year's movements in the order they started, each with how far its reviews have gone. */
export async function findMovements(
  db: Database,
  communeId: string,
  yearId: string,
): Promise<MovementSummary[]> {
  await getYearOfCommune(db, communeId, yearId);
  return selectMovements(db, communeId, yearId);
}

/** A movement with its reviews (oldest first) and attached files (the plan document among them). */
export async function getMovement(
  db: Database,
  communeId: string,
  yearId: string,
  id: string,
): Promise<MovementDetail> {
  const [movement] = await selectMovements(db, communeId, yearId, id);
  if (!movement) throw notFound();
  const reviews: MovementReviewView[] = await db
    .select({
      id: movementReviews.id,
      movementId: movementReviews.movementId,
      kind: movementReviews.kind,
      reviewedOn: movementReviews.reviewedOn,
      results: movementReviews.results,
      figures: movementReviews.figures,
    })
    .from(movementReviews)
    .where(and(eq(movementReviews.communeId, communeId), eq(movementReviews.movementId, id)))
    .orderBy(asc(movementReviews.reviewedOn), asc(movementReviews.createdAt));
  return { ...movement, reviews, files: await findFiles(db, communeId, 'movement', id) };
}

export async function createMovement(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  input: MovementInput,
): Promise<MovementDetail> {
  const id = await db.transaction(async (tx) => {
    await lockOpenYear(tx, communeId, yearId);
    return insertRecord(tx, actor, 'movement', communeId, input, { yearId });
  });
  return getMovement(db, communeId, yearId, id);
}

export async function updateMovement(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  id: string,
  input: MovementInput,
): Promise<MovementDetail> {
  await db.transaction(async (tx) => {
    const { record: before } = await lockOpenYearRecord(tx, 'movement', communeId, yearId, id);
    await updateRecord(tx, actor, 'movement', communeId, before, input, {});
  });
  return getMovement(db, communeId, yearId, id);
}

/** A movement is summed up once (tổng kết); it may have any number of interim reviews (sơ kết). */
async function refuseSecondFinal(
  tx: Database,
  communeId: string,
  movementId: string,
  input: MovementReviewInput,
  exceptId?: string,
): Promise<void> {
  if (input.kind !== 'final') return;
  const [other] = await tx
    .select({ n: count(), reviewedOn: max(movementReviews.reviewedOn) })
    .from(movementReviews)
    .where(
      and(
        eq(movementReviews.communeId, communeId),
        eq(movementReviews.movementId, movementId),
        eq(movementReviews.kind, 'final'),
        exceptId ? sql`${movementReviews.id} <> ${exceptId}` : undefined,
      ),
    );
  if (other && other.n > 0 && other.reviewedOn) {
    throw fieldError('MOVEMENT_FINAL_REVIEW_TAKEN', 409, 'kind', { date: formatDateVi(other.reviewedOn) });
  }
}

export async function createMovementReview(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  movementId: string,
  input: MovementReviewInput,
): Promise<MovementDetail> {
  await db.transaction(async (tx) => {
    await lockOpenYearRecord(tx, 'movement', communeId, yearId, movementId);
    await refuseSecondFinal(tx, communeId, movementId, input);
    await insertRecord(tx, actor, 'movement_review', communeId, input, { movementId });
  });
  return getMovement(db, communeId, yearId, movementId);
}

export async function updateMovementReview(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  movementId: string,
  id: string,
  input: MovementReviewInput,
): Promise<MovementDetail> {
  await db.transaction(async (tx) => {
    await lockOpenYearRecord(tx, 'movement', communeId, yearId, movementId);
    const before = await lockRecord(tx, 'movement_review', communeId, id);
    if (before.movementId !== movementId) throw notFound();
    await refuseSecondFinal(tx, communeId, movementId, input, id);
    // Figures are a list: compared by value, so unchanged figures stay out of the history.
    const figures =
      JSON.stringify(before.figures) === JSON.stringify(input.figures) ? undefined : input.figures;
    await updateRecord(tx, actor, 'movement_review', communeId, before, { ...input, figures }, {});
  });
  return getMovement(db, communeId, yearId, movementId);
}
