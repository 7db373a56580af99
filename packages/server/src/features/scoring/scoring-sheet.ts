import { eq, sql } from 'drizzle-orm';
import { DEFAULT_SCORING_SHEET, type ScoringSheetInput, type ScoringSheetView } from '@thidua/domain';
import type { Database } from '../../db/database';
import { scoringSheets } from '../../db/schema';
import { recordAudit, type Actor } from '../../records/record-audit';

/** The commune's scoring sheet, or the default one while the commune has not set its own. */
export async function getScoringSheet(db: Database, communeId: string): Promise<ScoringSheetView> {
  const [row] = await db
    .select({ criteria: scoringSheets.criteria })
    .from(scoringSheets)
    .where(eq(scoringSheets.communeId, communeId));
  return row ? { criteria: row.criteria, isDefault: false } : { ...DEFAULT_SCORING_SHEET, isDefault: true };
}

/**
 * Sets the commune's sheet. Months already scored keep their points and totals; a month scored
 * again is checked against the new sheet.
 */
export async function saveScoringSheet(
  db: Database,
  actor: Actor,
  communeId: string,
  input: ScoringSheetInput,
): Promise<ScoringSheetView> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ criteria: scoringSheets.criteria })
      .from(scoringSheets)
      .where(eq(scoringSheets.communeId, communeId))
      .for('update');
    if (before && JSON.stringify(before.criteria) === JSON.stringify(input.criteria)) return;
    await tx
      .insert(scoringSheets)
      .values({ communeId, criteria: input.criteria })
      .onConflictDoUpdate({
        target: scoringSheets.communeId,
        set: { criteria: input.criteria, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      adminUnitId: communeId,
      action: before ? 'update' : 'create',
      entity: 'scoring_sheet',
      entityId: communeId,
      changes: before
        ? { criteria: { from: before.criteria, to: input.criteria } }
        : { criteria: input.criteria },
    });
  });
  return getScoringSheet(db, communeId);
}
