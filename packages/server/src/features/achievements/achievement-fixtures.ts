import { PASSWORD } from '../../test/fixtures';
import { aPerson } from '../../test/organisation-fixtures';
import type { TestAppContext } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { createPerson } from '../organisation/people';
import { openYear } from '../emulation-year/emulation-year-fixtures';
import { createUnit } from '../organisation/units';

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
  return { org, officer, yearPath: await openYear(officer, ctx.seed.communeA.id, 2026) };
}
