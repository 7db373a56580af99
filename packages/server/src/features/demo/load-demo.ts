import { eq, or } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { adminUnitMergers, adminUnits, users } from '../../db/schema';
import { deleteUnitData } from '../../db/tables';
import { hashPassword } from '../auth/passwords';
import { recordAudit, SYSTEM_ACTOR } from '../../records/record-audit';
import { loadDemoOrganisation } from './load-demo-organisation';
import { loadDemoEmulationYears, type DemoEmulationCounts } from './load-demo-emulation-years';
import { generateDemoOrganisation } from './demo-organisation';
import { DEMO_ACCOUNTS, DEMO_MERGER, DEMO_PASSWORD, DEMO_PROVINCE, DEMO_WARD } from './demo-data';

export async function hasDemoData(db: Database): Promise<boolean> {
  const rows = await db
    .select({ id: adminUnits.id })
    .from(adminUnits)
    .where(eq(adminUnits.code, DEMO_PROVINCE.code))
    .limit(1);
  return rows.length > 0;
}

/** Loads the demo province and ward, replacing any earlier demo data, in one transaction. */
export async function loadDemo(db: Database): Promise<{
  communeId: string;
  accounts: number;
  organisation: { units: number; groups: number; people: number; households: number };
  emulation: DemoEmulationCounts;
}> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    await deleteDemo(tx);
    const [province] = await tx
      .insert(adminUnits)
      .values({ code: DEMO_PROVINCE.code, name: DEMO_PROVINCE.name, level: 'province', isDemo: true })
      .returning();
    const [ward] = await tx
      .insert(adminUnits)
      .values({ ...DEMO_WARD, level: 'ward', parentId: province!.id, isDemo: true })
      .returning();
    for (const former of DEMO_MERGER.formerUnits) {
      const [row] = await tx
        .insert(adminUnits)
        .values({ ...former, parentId: province!.id, isDemo: true, dissolvedOn: DEMO_MERGER.effectiveDate })
        .returning();
      await tx.insert(adminUnitMergers).values({
        resultUnitId: ward!.id,
        formerUnitId: row!.id,
        effectiveDate: DEMO_MERGER.effectiveDate,
        legalBasis: DEMO_MERGER.legalBasis,
      });
    }
    await tx.insert(users).values(
      DEMO_ACCOUNTS.map((a) => ({
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        adminUnitId: a.atProvince ? province!.id : ward!.id,
        passwordHash,
      })),
    );
    const organisation = generateDemoOrganisation();
    const ids = await loadDemoOrganisation(tx, ward!.id, organisation);
    const emulation = await loadDemoEmulationYears(tx, ward!.id, organisation, ids);
    await recordAudit(tx, SYSTEM_ACTOR, {
      adminUnitId: ward!.id,
      action: 'create',
      entity: 'demo',
      changes: { note: 'Nạp dữ liệu demo' },
    });
    return {
      communeId: ward!.id,
      accounts: DEMO_ACCOUNTS.length,
      organisation: {
        units: organisation.units.length,
        groups: organisation.groups.length,
        people: organisation.people.length,
        households: organisation.households.length,
      },
      emulation,
    };
  });
}

/** Removes every row of the demo province and its units, children before parents. */
async function deleteDemo(tx: Database): Promise<void> {
  const [province] = await tx.select().from(adminUnits).where(eq(adminUnits.code, DEMO_PROVINCE.code));
  if (!province) return;
  const unitIds = (
    await tx
      .select({ id: adminUnits.id })
      .from(adminUnits)
      .where(or(eq(adminUnits.id, province.id), eq(adminUnits.parentId, province.id)))
  ).map((u) => u.id);
  await deleteUnitData(tx, unitIds);
  await tx.delete(adminUnits).where(eq(adminUnits.parentId, province.id));
  await tx.delete(adminUnits).where(eq(adminUnits.id, province.id));
}
