import { UserCreateInputSchema, type Role } from '@thidua/domain';
import type { AdminUnitRow } from '../../db/schema';
import type { TestAppContext } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';
import { SYSTEM_ACTOR } from '../audit/record-audit';
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
