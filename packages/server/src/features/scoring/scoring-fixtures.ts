import type { TestAppContext } from '../../test/test-app';
import { aPerson } from '../../test/organisation-fixtures';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { createPerson } from '../organisation/people';
import { createUnit } from '../organisation/units';

/** Points of the default sheet worth `total` … roughly: the results of the tasks take what is left. */
export const defaultSheetPoints = (results = 45) => ({
  chinh_tri_dao_duc: 14,
  ky_luat_tac_phong: 18,
  ket_qua_nhiem_vu: results,
  hoc_tap_phuc_vu: 13.5,
});
/** The total of `defaultSheetPoints(results)`. */
export const defaultSheetTotal = (results = 45) => 45.5 + results;

export interface ScoringCommune {
  officeId: string;
  policeId: string;
  /** Head of the office (Văn phòng), scored by the officer. */
  headPersonId: string;
  /** A cadre of the office. */
  clerkPersonId: string;
  /** A cadre of the police post. */
  policemanPersonId: string;
}

/** Two units of commune A, a head and a clerk in the office and a policeman. */
export async function seedScoringCommune(ctx: TestAppContext): Promise<ScoringCommune> {
  const db = ctx.database.db;
  const communeId = ctx.seed.communeA.id;
  const office = await createUnit(db, SYSTEM_ACTOR, communeId, {
    name: 'Văn phòng',
    kind: 'other',
    parentId: null,
  });
  const police = await createUnit(db, SYSTEM_ACTOR, communeId, {
    name: 'Công an',
    kind: 'police',
    parentId: null,
  });
  const person = async (fullName: string, unitId: string, serial: number) =>
    (await createPerson(db, SYSTEM_ACTOR, communeId, aPerson({ fullName, unitId, serial }))).id;
  return {
    officeId: office.id,
    policeId: police.id,
    headPersonId: await person('Trần Thị Bình', office.id, 11),
    clerkPersonId: await person('Lê Văn Cường', office.id, 12),
    policemanPersonId: await person('Phạm Văn Dũng', police.id, 13),
  };
}
