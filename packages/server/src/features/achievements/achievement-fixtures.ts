import { eq } from 'drizzle-orm';
import { UserCreateInputSchema, type Role } from '@thidua/domain';
import { users } from '../../db/schema';
import { PASSWORD } from '../../test/fixtures';
import { aPerson } from '../../test/organisation-fixtures';
import type { TestAppContext } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { SYSTEM_ACTOR } from '../audit/record-audit';
import { createPerson } from '../organisation/people';
import { createUnit } from '../organisation/units';
import { createUser } from '../users/users';

/** Commune A's people for the permission tests: a police post and an office, one cadre in each. */
export interface AchievementCommune {
  policeId: string;
  officeId: string;
  /** Works in the police post. */
  policemanId: string;
  /** Works in the office. */
  clerkId: string;
}

export async function seedAchievementCommune(ctx: TestAppContext): Promise<AchievementCommune> {
  const db = ctx.database.db;
  const communeId = ctx.seed.communeA.id;
  const unit = (name: string, kind: 'police' | 'other') =>
    createUnit(db, SYSTEM_ACTOR, communeId, { name, kind, parentId: null });
  const police = await unit('Công an phường', 'police');
  const office = await unit('Văn phòng HĐND và UBND', 'other');
  const person = async (fullName: string, unitId: string, serial: number) =>
    (await createPerson(db, SYSTEM_ACTOR, communeId, aPerson({ fullName, unitId, serial }))).id;
  return {
    policeId: police.id,
    officeId: office.id,
    policemanId: await person('Phạm Văn Dũng', police.id, 21),
    clerkId: await person('Lê Thị Hoa', office.id, 22),
  };
}

/** A new account of commune A with `role`, linked to a person and (a unit head) a unit, signed in. */
export async function signedInWith(
  ctx: TestAppContext,
  role: Role,
  username: string,
  links: { personId?: string; unitId?: string } = {},
): Promise<TestClient> {
  const input = UserCreateInputSchema.parse({
    username,
    displayName: `Người dùng ${username}`,
    role,
    adminUnitId: ctx.seed.communeA.id,
    password: PASSWORD,
  });
  const user = await createUser(ctx.database.db, SYSTEM_ACTOR, ctx.seed.communeA, input);
  await ctx.database.db
    .update(users)
    .set({ personId: links.personId ?? null, unitId: links.unitId ?? null })
    .where(eq(users.id, user.id));
  return TestClient.signedIn(ctx.app, username, PASSWORD);
}

/** Opens an emulation year of commune A; its records live under the returned path. */
export async function openYear(officer: TestClient, ctx: TestAppContext, year: number): Promise<string> {
  const base = `/api/communes/${ctx.seed.communeA.id}/years`;
  const created = await officer.post(base, { year, theme: `Chủ đề năm ${year}` });
  if (created.statusCode !== 201) throw new Error(`year ${year} not opened: ${created.body}`);
  return `${base}/${created.json().id}`;
}

/** Moves a year through its stages to closed, which locks its records. */
export async function closeYear(officer: TestClient, yearPath: string): Promise<void> {
  for (const status of ['running', 'reviewing', 'closed']) {
    const moved = await officer.patch(yearPath, { status });
    if (moved.statusCode !== 200) throw new Error(`year not moved to ${status}: ${moved.body}`);
  }
}

/** What every test of this folder starts from: commune A's people, its officer, and 2026 opened. */
export interface AchievementYear {
  org: AchievementCommune;
  officer: TestClient;
  /** The path of the opened year, under which its records live. */
  yearPath: string;
}

export async function seedAchievementYear(ctx: TestAppContext): Promise<AchievementYear> {
  const org = await seedAchievementCommune(ctx);
  const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
  return { org, officer, yearPath: await openYear(officer, ctx, 2026) };
}
