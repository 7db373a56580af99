import { and, asc, count, eq, ilike, inArray, isNull, ne, or } from 'drizzle-orm';
import {
  isProvinceWide,
  type AdminUnitDetail,
  type AdminUnitSummary,
  type FormerUnit,
  pageOffset,
  type CommuneCreateInput,
  type CommuneUpdateInput,
  type Page,
  type PagingQuery,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import { adminUnitMergers, adminUnits, type AdminUnitRow } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { unitScope } from '../../records/unit-access';
import type { CurrentUser } from '../../http/current-user';
import { recordAudit, type Actor } from '../../records/record-audit';

export const toSummary = (row: AdminUnitRow): AdminUnitSummary => ({
  id: row.id,
  code: row.code,
  name: row.name,
  level: row.level,
  parentId: row.parentId,
  address: row.address,
  isDemo: row.isDemo,
  dissolvedOn: row.dissolvedOn,
});

export async function getAdminUnitDetail(db: Database, unit: AdminUnitRow): Promise<AdminUnitDetail> {
  const [province] = unit.parentId
    ? await db.select().from(adminUnits).where(eq(adminUnits.id, unit.parentId)).limit(1)
    : [];
  return {
    ...toSummary(unit),
    province: province ? { id: province.id, code: province.code, name: province.name } : null,
    mergedFrom: await findFormerUnits(db, unit.id),
  };
}

export async function findFormerUnits(db: Database, unitId: string): Promise<FormerUnit[]> {
  return db
    .select({
      code: adminUnits.code,
      name: adminUnits.name,
      level: adminUnits.level,
      effectiveDate: adminUnitMergers.effectiveDate,
      legalBasis: adminUnitMergers.legalBasis,
    })
    .from(adminUnitMergers)
    .innerJoin(adminUnits, eq(adminUnits.id, adminUnitMergers.formerUnitId))
    .where(eq(adminUnitMergers.resultUnitId, unitId))
    .orderBy(asc(adminUnits.code));
}

/** Current (not dissolved) communes and wards the user may see. */
export async function findCommunes(
  db: Database,
  user: CurrentUser,
  query: PagingQuery & { q?: string | undefined },
): Promise<Page<AdminUnitSummary>> {
  const where = and(
    unitScope(user, adminUnits.id, db),
    ne(adminUnits.level, 'province'),
    isNull(adminUnits.dissolvedOn),
    query.q ? or(ilike(adminUnits.name, `%${query.q}%`), ilike(adminUnits.code, `${query.q}%`)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(adminUnits)
      .where(where)
      .orderBy(asc(adminUnits.code))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: count() }).from(adminUnits).where(where),
  ]);
  return { items: rows.map(toSummary), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/**
 * Creates a commune or ward in the actor's province; with a merger, the former units are recorded
 * (dissolved on the merger date, created if the system did not know them yet).
 */
export async function createCommune(
  db: Database,
  actor: Actor,
  user: CurrentUser,
  input: CommuneCreateInput,
): Promise<AdminUnitDetail> {
  if (!isProvinceWide(user.role)) throw new AppError('AUTH_FORBIDDEN', 403);
  const provinceId = user.adminUnit.id;
  const codes = [input.code, ...(input.merger?.formerUnits.map((u) => u.code) ?? [])];
  try {
    const created = await db.transaction(async (tx) => {
      const existing = await tx.select().from(adminUnits).where(inArray(adminUnits.code, codes));
      const clash = existing.find((u) => u.code === input.code);
      if (clash) throw new AppError('ADMIN_UNIT_CODE_TAKEN', 409, { code: input.code });
      const [unit] = await tx
        .insert(adminUnits)
        .values({
          code: input.code,
          name: input.name,
          level: input.level,
          parentId: provinceId,
          address: input.address,
        })
        .returning();
      if (!unit) throw new Error('insert returned no row');
      for (const former of input.merger?.formerUnits ?? []) {
        const known = existing.find((u) => u.code === former.code);
        if (known && (known.parentId !== provinceId || known.dissolvedOn)) {
          throw new AppError('ADMIN_UNIT_CODE_TAKEN', 409, { code: former.code });
        }
        const formerId = known
          ? (
              await tx
                .update(adminUnits)
                .set({ dissolvedOn: input.merger!.effectiveDate })
                .where(eq(adminUnits.id, known.id))
                .returning()
            )[0]!.id
          : (
              await tx
                .insert(adminUnits)
                .values({ ...former, parentId: provinceId, dissolvedOn: input.merger!.effectiveDate })
                .returning()
            )[0]!.id;
        await tx.insert(adminUnitMergers).values({
          resultUnitId: unit.id,
          formerUnitId: formerId,
          effectiveDate: input.merger!.effectiveDate,
          legalBasis: input.merger!.legalBasis,
        });
      }
      await recordAudit(tx, actor, {
        adminUnitId: unit.id,
        action: 'create',
        entity: 'admin_unit',
        entityId: unit.id,
        changes: { ...input },
      });
      return unit;
    });
    return getAdminUnitDetail(db, created);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('ADMIN_UNIT_CODE_TAKEN', 409, { code: input.code });
    throw error;
  }
}

export async function updateCommune(
  db: Database,
  actor: Actor,
  unit: AdminUnitRow,
  input: CommuneUpdateInput,
): Promise<AdminUnitDetail> {
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx.update(adminUnits).set(input).where(eq(adminUnits.id, unit.id)).returning();
    const changes = Object.fromEntries(
      Object.entries(input).map(([k, v]) => [k, { from: unit[k as keyof typeof input] ?? null, to: v }]),
    );
    await recordAudit(tx, actor, {
      adminUnitId: unit.id,
      action: 'update',
      entity: 'admin_unit',
      entityId: unit.id,
      changes,
    });
    return row!;
  });
  return getAdminUnitDetail(db, updated);
}

/** A current or former commune by its official code, for the CLI; a province's code is refused. */
export async function getCommuneByCode(db: Database, code: string): Promise<AdminUnitRow> {
  const [unit] = await db.select().from(adminUnits).where(eq(adminUnits.code, code));
  if (!unit) throw new AppError('ADMIN_UNIT_NOT_FOUND', 404, { code });
  if (unit.level === 'province') throw new AppError('ADMIN_UNIT_NOT_COMMUNE', 400, { code });
  return unit;
}
