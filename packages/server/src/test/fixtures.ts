import type { Database } from '../db/database';
import { adminUnits, type AdminUnitRow } from '../db/schema';
import { SYSTEM_ACTOR } from '../records/record-audit';
import { createUser } from '../features/users/users';
import type { Role } from '@thidua/domain';

export const PASSWORD = 'mat-khau-thu-nghiem';

export interface TwoCommunes {
  province: AdminUnitRow;
  otherProvince: AdminUnitRow;
  communeA: AdminUnitRow;
  communeB: AdminUnitRow;
  users: Record<
    'officerA' | 'memberA' | 'officerB' | 'memberB' | 'provinceAdmin' | 'otherProvinceAdmin',
    { id: string; username: string }
  >;
}

async function unit(db: Database, values: typeof adminUnits.$inferInsert): Promise<AdminUnitRow> {
  const [row] = await db.insert(adminUnits).values(values).returning();
  return row!;
}

/** Two communes of one province, a second province, and accounts of several roles in each. */
export async function seedTwoCommunes(db: Database): Promise<TwoCommunes> {
  const province = await unit(db, { code: '97', name: 'Tỉnh Thử Nghiệm', level: 'province' });
  const otherProvince = await unit(db, { code: '96', name: 'Tỉnh Khác', level: 'province' });
  const communeA = await unit(db, {
    code: '97001',
    name: 'Phường Thử A',
    level: 'ward',
    parentId: province.id,
  });
  const communeB = await unit(db, {
    code: '97002',
    name: 'Xã Thử B',
    level: 'commune',
    parentId: province.id,
  });
  const make = async (username: string, role: Role, at: AdminUnitRow) => {
    const user = await createUser(db, SYSTEM_ACTOR, at, {
      username,
      displayName: `Người dùng ${username}`,
      role,
      adminUnitId: at.id,
      password: PASSWORD,
    });
    return { id: user.id, username };
  };
  return {
    province,
    otherProvince,
    communeA,
    communeB,
    users: {
      officerA: await make('canbo.a', 'commune_officer', communeA),
      memberA: await make('thanhvien.a', 'member', communeA),
      officerB: await make('canbo.b', 'commune_officer', communeB),
      memberB: await make('thanhvien.b', 'member', communeB),
      provinceAdmin: await make('tinh.97', 'province_admin', province),
      otherProvinceAdmin: await make('tinh.96', 'province_admin', otherProvince),
    },
  };
}
