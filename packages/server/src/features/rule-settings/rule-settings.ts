import { eq, sql } from 'drizzle-orm';
import {
  DEFAULT_HIGHER_TITLES_THRESHOLD,
  ruleSetAsOf,
  ruleSetOptionsOf,
  type IsoDate,
  type RuleSet,
  type RuleSettingsInput,
  type RuleSettingsView,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { adminUnits, provinceRuleSettings, users, type AdminUnitRow } from '../../db/schema';
import { notFound } from '../../http/app-error';
import type { CurrentUser } from '../../http/current-user';
import { recordAudit, type Actor } from '../../records/record-audit';
import { changedFields } from '../../records/record-changes';

/**
 * The province whose settings the user may read: a province-wide user's own province, or the
 * province of the user's commune. Anything else answers 404, as elsewhere.
 */
export async function getReadableProvince(
  db: Database,
  user: CurrentUser,
  provinceId: string,
): Promise<AdminUnitRow> {
  const [province] = await db.select().from(adminUnits).where(eq(adminUnits.id, provinceId));
  const own = province?.id === user.adminUnit.id || province?.id === user.adminUnit.parentId;
  if (!province || province.level !== 'province' || !own) throw notFound();
  return province;
}

const DEFAULTS = {
  higherTitlesThreshold: DEFAULT_HIGHER_TITLES_THRESHOLD,
  amendedLawFrom: null,
  documentNumber: null,
  documentDate: null,
} as const;

/** The province's settings, the defaults while it has saved none. */
export async function getRuleSettings(db: Database, provinceId: string): Promise<RuleSettingsView> {
  const [row] = await db
    .select({ settings: provinceRuleSettings, updatedByName: users.displayName })
    .from(provinceRuleSettings)
    .leftJoin(users, eq(users.id, provinceRuleSettings.updatedBy))
    .where(eq(provinceRuleSettings.provinceId, provinceId));
  if (!row) return { provinceId, ...DEFAULTS, isDefault: true, updatedBy: null, updatedAt: null };
  const { settings } = row;
  return {
    provinceId,
    higherTitlesThreshold: settings.higherTitlesThreshold,
    amendedLawFrom: settings.amendedLawFrom,
    documentNumber: settings.documentNumber,
    documentDate: settings.documentDate,
    isDefault: false,
    updatedBy: row.updatedByName ? { userId: settings.updatedBy, displayName: row.updatedByName } : null,
    updatedAt: settings.updatedAt.toISOString(),
  };
}

/** Saves the province's settings with an audit entry of what changed; the same settings again write nothing. */
export async function saveRuleSettings(
  db: Database,
  actor: Actor,
  provinceId: string,
  input: RuleSettingsInput,
): Promise<RuleSettingsView> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(provinceRuleSettings)
      .where(eq(provinceRuleSettings.provinceId, provinceId))
      .for('update');
    const values = {
      higherTitlesThreshold: input.higherTitlesThreshold,
      amendedLawFrom: input.amendedLawFrom,
      documentNumber: input.documentNumber,
      documentDate: input.documentDate,
    };
    const changes = changedFields(before ?? DEFAULTS, values);
    if (before && Object.keys(changes).length === 0) return;
    await tx
      .insert(provinceRuleSettings)
      .values({ provinceId, ...values, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: provinceRuleSettings.provinceId,
        set: { ...values, updatedBy: actor.id, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      adminUnitId: provinceId,
      action: before ? 'update' : 'create',
      entity: 'rule_settings',
      entityId: provinceId,
      changes,
    });
  });
  return getRuleSettings(db, provinceId);
}

/**
 * The rules in force on `date` for a commune: the national rules with its province's settings
 * (the pending amending law from the province's date, the province's vote threshold).
 */
export async function ruleSetForCommune(db: Database, communeId: string, date: IsoDate): Promise<RuleSet> {
  const [commune] = await db.select().from(adminUnits).where(eq(adminUnits.id, communeId));
  if (!commune?.parentId) throw notFound();
  const [province] = await db.select().from(adminUnits).where(eq(adminUnits.id, commune.parentId));
  const settings = await getRuleSettings(db, commune.parentId);
  return ruleSetAsOf(date, ruleSetOptionsOf(settings, { province: province!.code, commune: commune.code }));
}
