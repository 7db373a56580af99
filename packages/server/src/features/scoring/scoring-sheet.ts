import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  DEFAULT_GRADE_BANDS,
  DEFAULT_SCORING_SHEET,
  type HeadScorerSetting,
  type ScoringSettingsInput,
  type ScoringSettingsView,
  type ScoringSheetVersion,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { emulationYears, scoringSettings, scoringSheets, users } from '../../db/schema';
import { fieldError, notFound } from '../../http/app-error';
import { recordAudit, type Actor } from '../../records/record-audit';

/** Version 0: the domain's default sheet and bands, for a commune that has not set its own. */
const DEFAULT_VERSION: ScoringSheetVersion = {
  version: 0,
  criteria: DEFAULT_SCORING_SHEET.criteria,
  ...DEFAULT_GRADE_BANDS,
};

const versionColumns = {
  version: scoringSheets.version,
  criteria: scoringSheets.criteria,
  thresholds: scoringSheets.thresholds,
  minimumMonths: scoringSheets.minimumMonths,
};

/** The stored row in the domain's shape, keys in a fixed order (jsonb keeps its own), so pages read the same bytes. */
function toVersion(row: ScoringSheetVersion): ScoringSheetVersion {
  const { thresholds: t } = row;
  return {
    version: row.version,
    criteria: row.criteria.map(({ code, name, maxPoints }) => ({ code, name, maxPoints })),
    thresholds: {
      hoan_thanh_xuat_sac: t.hoan_thanh_xuat_sac,
      hoan_thanh_tot: t.hoan_thanh_tot,
      hoan_thanh: t.hoan_thanh,
    },
    minimumMonths: row.minimumMonths,
  };
}

/** The commune's latest sheet version: what the open years are scored on. */
export async function latestSheetVersion(db: Database, communeId: string): Promise<ScoringSheetVersion> {
  const [row] = await db
    .select(versionColumns)
    .from(scoringSheets)
    .where(eq(scoringSheets.communeId, communeId))
    .orderBy(desc(scoringSheets.version))
    .limit(1);
  return toVersion(row ?? DEFAULT_VERSION);
}

/**
 * The sheet a year is scored and graded on: the version frozen when it closed, or the latest while
 * it is open. Another commune's year is not found.
 */
export async function sheetOfYear(
  db: Database,
  communeId: string,
  yearId: string,
): Promise<ScoringSheetVersion> {
  const [year] = await db
    .select({ frozen: emulationYears.scoringSheetVersion })
    .from(emulationYears)
    .where(and(eq(emulationYears.communeId, communeId), eq(emulationYears.id, yearId)));
  if (!year) throw notFound();
  if (year.frozen === null) return latestSheetVersion(db, communeId);
  if (year.frozen === 0) return toVersion(DEFAULT_VERSION);
  const [row] = await db
    .select(versionColumns)
    .from(scoringSheets)
    .where(and(eq(scoringSheets.communeId, communeId), eq(scoringSheets.version, year.frozen)));
  return toVersion(row!);
}

/** The account the commune named to score its leaders besides the chair. */
export async function headScorerSetting(db: Database, communeId: string): Promise<HeadScorerSetting> {
  const [row] = await db
    .select({ headScorerUserId: scoringSettings.headScorerUserId })
    .from(scoringSettings)
    .where(eq(scoringSettings.communeId, communeId));
  return { headScorerUserId: row?.headScorerUserId ?? null };
}

/** The commune's latest sheet, bands and named head scorer, as the scoring sheet page edits them. */
export async function getScoringSettings(db: Database, communeId: string): Promise<ScoringSettingsView> {
  const [sheet, [named]] = await Promise.all([
    latestSheetVersion(db, communeId),
    db
      .select({ userId: users.id, displayName: users.displayName })
      .from(scoringSettings)
      .innerJoin(users, eq(users.id, scoringSettings.headScorerUserId))
      .where(eq(scoringSettings.communeId, communeId)),
  ]);
  return { ...sheet, isDefault: sheet.version === 0, headScorer: named ?? null };
}

/** The fields of a version that differ from the previous one, as audit changes. */
function versionChanges(before: ScoringSheetVersion, after: Omit<ScoringSheetVersion, 'version'>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of ['criteria', 'thresholds', 'minimumMonths'] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/**
 * Saves the scoring settings. A changed sheet or bands become the next version, used by the open
 * years (a closed year keeps its own); the named head scorer must be an active account of the
 * commune. Each change is audited; the same settings sent again write nothing.
 */
export async function saveScoringSettings(
  db: Database,
  actor: Actor,
  communeId: string,
  input: ScoringSettingsInput,
): Promise<ScoringSettingsView> {
  await db.transaction(async (tx) => {
    // The settings row is the commune's lock: two saves never number the same version.
    await tx.insert(scoringSettings).values({ communeId }).onConflictDoNothing();
    const [settings] = await tx
      .select()
      .from(scoringSettings)
      .where(eq(scoringSettings.communeId, communeId))
      .for('update');
    const latest = await latestSheetVersion(tx, communeId);
    const next = toVersion({ ...input, version: latest.version + 1 });
    const changes = versionChanges(latest, next);
    if (Object.keys(changes).length > 0) {
      await tx.insert(scoringSheets).values({ communeId, ...next });
      await recordAudit(tx, actor, {
        adminUnitId: communeId,
        action: latest.version === 0 ? 'create' : 'update',
        entity: 'scoring_sheet',
        entityId: communeId,
        changes: { version: { from: latest.version, to: next.version }, ...changes },
      });
    }
    const before = settings!.headScorerUserId;
    if (before === input.headScorerUserId) return;
    if (input.headScorerUserId !== null) {
      const [account] = await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.id, input.headScorerUserId),
            eq(users.adminUnitId, communeId),
            isNull(users.disabledAt),
          ),
        );
      if (!account) throw fieldError('SCORING_HEAD_SCORER_UNKNOWN', 400, 'headScorerUserId');
    }
    await tx
      .update(scoringSettings)
      .set({ headScorerUserId: input.headScorerUserId, updatedAt: sql`now()` })
      .where(eq(scoringSettings.communeId, communeId));
    await recordAudit(tx, actor, {
      adminUnitId: communeId,
      action: 'update',
      entity: 'scoring_sheet',
      entityId: communeId,
      changes: { headScorerUserId: { from: before, to: input.headScorerUserId } },
    });
  });
  return getScoringSettings(db, communeId);
}
