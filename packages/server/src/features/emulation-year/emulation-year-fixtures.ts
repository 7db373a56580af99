import { eq } from 'drizzle-orm';
import { UserCreateInputSchema, type Role } from '@thidua/domain';
import { users, type AdminUnitRow } from '../../db/schema';
import type { TestAppContext } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { createUser } from '../users/users';

/** "(3) Đào tạo nghề 267/250 lao động đạt 106,8% … (vượt)" without its actual yet. */
export const anIndicator = (overrides: Record<string, unknown> = {}) => ({
  name: 'Đào tạo nghề',
  unit: 'lao động',
  field: 'economy',
  direction: 'higher',
  target: 250,
  actual: null,
  source: 'Phòng Văn hóa – Xã hội',
  ...overrides,
});

/** "Đến năm 2030, tỷ lệ dân số tham gia bảo hiểm y tế đạt 98,0%". */
export const aPeriodTarget = (overrides: Record<string, unknown> = {}) => ({
  fromYear: 2026,
  toYear: 2030,
  name: 'Tỷ lệ dân số tham gia bảo hiểm y tế',
  unit: '%',
  field: 'culture_society',
  direction: 'higher',
  target: 98,
  source: 'Bảo hiểm xã hội',
  ...overrides,
});

/** A new account of `role` in `commune`, signed in. */
export async function signedInAs(
  ctx: TestAppContext,
  commune: AdminUnitRow,
  role: Role,
  username: string,
): Promise<TestClient> {
  const input = UserCreateInputSchema.parse({
    username,
    displayName: `Người dùng ${username}`,
    role,
    adminUnitId: commune.id,
    password: PASSWORD,
  });
  await createUser(ctx.database.db, SYSTEM_ACTOR, commune, input);
  return TestClient.signedIn(ctx.app, username, PASSWORD);
}

/** A new account of commune A with `role`, linked to its own person and (a unit head) the unit it heads, signed in. */
export async function signedInLinked(
  ctx: TestAppContext,
  role: Role,
  username: string,
  links: { personId?: string; unitId?: string } = {},
): Promise<TestClient> {
  const client = await signedInAs(ctx, ctx.seed.communeA, role, username);
  await ctx.database.db
    .update(users)
    .set({ personId: links.personId ?? null, unitId: links.unitId ?? null })
    .where(eq(users.username, username));
  return client;
}

/** Opens a year of the commune through its officer; returns its API path, under which its records live. */
export async function openYear(officer: TestClient, communeId: string, year: number): Promise<string> {
  const opened = await officer.post(`/api/communes/${communeId}/years`, {
    year,
    theme: `Chủ đề năm ${year}`,
  });
  if (opened.statusCode !== 201) throw new Error(`opening ${year} failed: ${opened.body}`);
  return `/api/communes/${communeId}/years/${opened.json().id}`;
}

/** Moves a year through its stages to closed, which locks its records. */
export async function closeYear(officer: TestClient, yearPath: string): Promise<void> {
  for (const status of ['running', 'reviewing', 'closed']) {
    const moved = await officer.patch(yearPath, { status });
    if (moved.statusCode !== 200) throw new Error(`closing failed: ${moved.body}`);
  }
}
