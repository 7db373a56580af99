import { DEFAULT_GRADE_BANDS, DEFAULT_SCORING_SHEET } from '@thidua/domain';
import { aPerson } from '../../test/organisation-fixtures';
import { attemptsOnRecord, type TenancyCase } from '../../test/tenancy-case';
import { defaultSheetPoints } from './scoring-fixtures';

/** A cadre of commune B with a self-scored month and a confirmed grade in B's year (the officer gives no first head's score). */
const b = { yearId: '', personId: '' };

const yearOf = (communeId: string) => `/api/communes/${communeId}/years/${b.yearId}`;
const scoreBody = () => ({ points: defaultSheetPoints(40) });

export const scoringTenancy: TenancyCase = {
  async seed(_ctx, officerB, communeB) {
    b.yearId = communeB.yearId;
    const person = await officerB.post(
      `/api/communes/${communeB.id}/people`,
      aPerson({ fullName: 'Võ Thị Chấm', serial: 61 }),
    );
    b.personId = person.json().id;
    await officerB.put(`${yearOf(communeB.id)}/scores/${b.personId}/1/self`, scoreBody());
    await officerB.put(`${yearOf(communeB.id)}/grades/${b.personId}`, { grade: 'hoan_thanh_tot' });
  },
  attempts: [
    {
      method: 'GET',
      route: '/api/communes/{communeId}/scoring-sheet',
      url: (c) => `/api/communes/${c.seed.communeB.id}/scoring-sheet`,
    },
    {
      method: 'PUT',
      route: '/api/communes/{communeId}/scoring-sheet',
      url: (c) => `/api/communes/${c.seed.communeB.id}/scoring-sheet`,
      body: () => ({ ...DEFAULT_SCORING_SHEET, ...DEFAULT_GRADE_BANDS, headScorerUserId: null }),
    },
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/years/{yearId}/scores',
      (id) => `${yearOf(id)}/scores`,
    ),
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/years/{yearId}/scores/{personId}',
      (id) => `${yearOf(id)}/scores/${b.personId}`,
    ),
    ...(['self', 'head'] as const).flatMap((side) =>
      attemptsOnRecord(
        'PUT',
        `/api/communes/{communeId}/years/{yearId}/scores/{personId}/{month}/${side}`,
        (id) => `${yearOf(id)}/scores/${b.personId}/1/${side}`,
        scoreBody,
      ),
    ),
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/years/{yearId}/grades',
      (id) => `${yearOf(id)}/grades`,
    ),
    ...attemptsOnRecord(
      'PUT',
      '/api/communes/{communeId}/years/{yearId}/grades/{personId}',
      (id) => `${yearOf(id)}/grades/${b.personId}`,
      () => ({ grade: 'khong_hoan_thanh' }),
    ),
    ...attemptsOnRecord(
      'POST',
      '/api/communes/{communeId}/years/{yearId}/grades/confirm-proposed',
      (id) => `${yearOf(id)}/grades/confirm-proposed`,
    ),
  ],
};
