import { attemptsOnRecord, type TenancyCase } from '../../test/tenancy-case';
import { aPact } from '../movements/movement-fixtures';

/** Commune B's pact with one of its units. */
const b = { yearId: '', unitId: '', pactId: '' };

const pactsOf = (communeId: string) => `/api/communes/${communeId}/years/${b.yearId}/pacts`;
const route = '/api/communes/{communeId}/years/{yearId}/pacts';

export const pactTenancy: TenancyCase = {
  async seed(_ctx, officerB, communeB) {
    b.yearId = communeB.yearId;
    const unit = await officerB.post(`/api/communes/${communeB.id}/units`, {
      name: 'Hội Cựu chiến binh của B',
      kind: 'mass_organisation',
    });
    b.unitId = unit.json().id;
    b.pactId = (await officerB.post(pactsOf(communeB.id), aPact([b.unitId]))).json().id;
  },
  attempts: [
    ...attemptsOnRecord('GET', route, pactsOf),
    ...attemptsOnRecord('POST', route, pactsOf, () => aPact([b.unitId], { name: 'Xâm nhập' })),
    ...attemptsOnRecord('GET', `${route}/{id}`, (communeId) => `${pactsOf(communeId)}/${b.pactId}`),
    ...attemptsOnRecord(
      'PUT',
      `${route}/{id}`,
      (communeId) => `${pactsOf(communeId)}/${b.pactId}`,
      () => aPact([b.unitId], { name: 'Bị sửa' }),
    ),
  ],
};
