import type { TestAppContext } from '../../test/test-app';
import { aPerson } from '../../test/organisation-fixtures';
import { PASSWORD } from '../../test/fixtures';
import { TestClient } from '../../test/test-client';

/** Two units of commune A (a mass organisation and the police post) and their people. */
export interface RegistrationWorld {
  communeId: string;
  women: string;
  police: string;
  /** People of the women's union. */
  hoa: string;
  mai: string;
  lan: string;
  /** A police officer. */
  dung: string;
}

export async function seedRegistrationWorld(
  ctx: TestAppContext,
  officer: TestClient,
): Promise<RegistrationWorld> {
  const communeId = ctx.seed.communeA.id;
  const unit = async (name: string, kind: string) =>
    (await officer.post(`/api/communes/${communeId}/units`, { name, kind })).json().id as string;
  const person = async (fullName: string, unitId: string, serial: number, gender: 'male' | 'female') =>
    (
      await officer.post(`/api/communes/${communeId}/people`, aPerson({ fullName, unitId, serial, gender }))
    ).json().id as string;
  const women = await unit('Hội Liên hiệp Phụ nữ', 'mass_organisation');
  const police = await unit('Công an phường', 'police');
  return {
    communeId,
    women,
    police,
    hoa: await person('Lê Thị Hoa', women, 11, 'female'),
    mai: await person('Trần Thị Mai', women, 12, 'female'),
    lan: await person('Phạm Thị Lan', women, 13, 'female'),
    dung: await person('Nguyễn Văn Dũng', police, 14, 'male'),
  };
}

/** What both registration suites start from: the officer signed in, the world, 2026 opened. */
export interface RegistrationYear {
  officer: TestClient;
  w: RegistrationWorld;
  /** Where the registrations of 2026 are listed and made. */
  base: string;
}

export async function seedRegistrationYear(ctx: TestAppContext, theme: string): Promise<RegistrationYear> {
  const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
  const w = await seedRegistrationWorld(ctx, officer);
  const year = await officer.post(`/api/communes/${w.communeId}/years`, { year: 2026, theme });
  return { officer, w, base: `/api/communes/${w.communeId}/years/${year.json().id}/registrations` };
}

/** A registration of a person for `title` (Lao động tiên tiến unless told). */
export const aPersonRegistration = (personId: string, title = 'lao_dong_tien_tien') => ({
  subjectType: 'person',
  personId,
  title,
});

/** A registration of a unit for `title` (Tập thể lao động tiên tiến unless told). */
export const aUnitRegistration = (unitId: string, title = 'tap_the_lao_dong_tien_tien') => ({
  subjectType: 'unit',
  unitId,
  title,
});
