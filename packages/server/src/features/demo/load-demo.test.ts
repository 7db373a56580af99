import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { DEMO_COMMUNE_CODE, PersonInputSchema } from '@thidua/domain';
import { adminUnits, auditLog, households, people, residentialGroups, units, users } from '../../db/schema';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { seedTwoCommunes } from '../../test/fixtures';
import { TestClient } from '../../test/test-client';
import { buildApp } from '../../app';
import { hasDemoData, loadDemo } from './load-demo';
import { DEMO_PASSWORD } from './demo-data';
import { DEMO_SEED, generateDemoOrganisation } from './demo-organisation';

describe('demo ward', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    await seedTwoCommunes(database.db);
  });
  afterAll(() => database.close());

  it('creates a ward clearly named as demo data, with code 99001, formed by a merger', async () => {
    expect(await hasDemoData(database.db)).toBe(false);
    await loadDemo(database.db);
    const [ward] = await database.db.select().from(adminUnits).where(eq(adminUnits.code, DEMO_COMMUNE_CODE));
    expect(ward).toMatchObject({ level: 'ward', isDemo: true });
    expect(ward!.name).toContain('dữ liệu demo');
  });

  it('resets instead of duplicating, and leaves real communes alone', async () => {
    const counts = async () => ({
      units: (await database.db.select({ n: count() }).from(adminUnits))[0]!.n,
      users: (await database.db.select({ n: count() }).from(users))[0]!.n,
      audit: (await database.db.select({ n: count() }).from(auditLog))[0]!.n,
    });
    const before = await counts();
    await loadDemo(database.db);
    expect(await counts()).toEqual(before);
    expect(await database.db.select().from(adminUnits).where(eq(adminUnits.code, '97001'))).toHaveLength(1);
  });

  it('lets the demo officer sign in with the password the README shows and see the ward', async () => {
    const app = await buildApp({ database, logLevel: 'silent', webDist: null });
    const officer = await TestClient.signedIn(app, 'canbo', DEMO_PASSWORD);
    const { user } = (await officer.get('/api/auth/session')).json();
    const overview = (await officer.get(`/api/admin-units/${user.adminUnit.id}/overview`)).json();
    expect(overview.adminUnit.code).toBe('99001');
    expect(overview.counts).toMatchObject({ activeUsers: 6, formerUnits: 4 });
    await app.close();
  });

  it('fills the ward like a real one: about 15 units, 10 groups, 70 people, 2,800 households', async () => {
    const [ward] = await database.db.select().from(adminUnits).where(eq(adminUnits.code, DEMO_COMMUNE_CODE));
    const countIn = async (
      table: typeof units | typeof residentialGroups | typeof people | typeof households,
    ) => (await database.db.select({ n: count() }).from(table).where(eq(table.communeId, ward!.id)))[0]!.n;
    expect(await countIn(units)).toBe(16);
    expect(await countIn(residentialGroups)).toBe(10);
    expect(await countIn(people)).toBe(68);
    expect(await countIn(households)).toBe(2851);
    const [chair] = await database.db
      .select()
      .from(people)
      .where(eq(people.position, 'Chủ tịch UBND phường'));
    expect(chair).toMatchObject({ fullName: 'Trần Văn Minh', isLeader: true, employmentCategory: 'can_bo' });
  });
});

describe('demo organisation generator', () => {
  it('gives the same data for the same seed and other data for another', () => {
    expect(generateDemoOrganisation(DEMO_SEED)).toEqual(generateDemoOrganisation(DEMO_SEED));
    expect(generateDemoOrganisation(DEMO_SEED + 1).people).not.toEqual(
      generateDemoOrganisation(DEMO_SEED).people,
    );
  });

  it('makes every identification number fit its person and every household unique in its group', () => {
    const { people: demoPeople, households: demoHouseholds } = generateDemoOrganisation();
    for (const person of demoPeople) {
      expect(PersonInputSchema.safeParse({ ...person, unitId: null, serviceEnd: null }).success).toBe(true);
    }
    expect(new Set(demoPeople.map((p) => p.idNumber)).size).toBe(demoPeople.length);
    const keys = demoHouseholds.map((h) => `${h.groupName}|${h.headName}|${h.address}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
