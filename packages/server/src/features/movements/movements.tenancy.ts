import { attemptsOnRecord, type TenancyCase } from '../../test/tenancy-case';
import { aMovement, aReview } from './movement-fixtures';

/** Commune B's movement of its year, with one review. */
const b = { yearId: '', movementId: '', reviewId: '' };

const movementsOf = (communeId: string) => `/api/communes/${communeId}/years/${b.yearId}/movements`;
const route = '/api/communes/{communeId}/years/{yearId}/movements';

export const movementTenancy: TenancyCase = {
  async seed(_ctx, officerB, communeB) {
    b.yearId = communeB.yearId;
    const movement = await officerB.post(movementsOf(communeB.id), aMovement({ name: 'Phong trào của B' }));
    b.movementId = movement.json().id;
    const reviewed = await officerB.post(`${movementsOf(communeB.id)}/${b.movementId}/reviews`, aReview());
    b.reviewId = reviewed.json().reviews[0].id;
  },
  attempts: [
    ...attemptsOnRecord('GET', route, movementsOf),
    ...attemptsOnRecord('POST', route, movementsOf, () => aMovement({ name: 'Xâm nhập' })),
    ...attemptsOnRecord('GET', `${route}/{id}`, (communeId) => `${movementsOf(communeId)}/${b.movementId}`),
    ...attemptsOnRecord(
      'PUT',
      `${route}/{id}`,
      (communeId) => `${movementsOf(communeId)}/${b.movementId}`,
      () => aMovement({ name: 'Bị sửa' }),
    ),
    ...attemptsOnRecord(
      'POST',
      `${route}/{id}/reviews`,
      (communeId) => `${movementsOf(communeId)}/${b.movementId}/reviews`,
      () => aReview(),
    ),
    ...attemptsOnRecord(
      'PUT',
      `${route}/{id}/reviews/{reviewId}`,
      (communeId) => `${movementsOf(communeId)}/${b.movementId}/reviews/${b.reviewId}`,
      () => aReview({ results: 'Bị sửa' }),
    ),
  ],
};
