import { aPerson } from '../../test/organisation-fixtures';
import { attemptsOnRecord, type TenancyCase } from '../../test/tenancy-case';

/** A discipline decision about a cadre of commune B. */
const b = { personId: '', disciplineId: '' };

const listOf = (communeId: string) => `/api/communes/${communeId}/disciplines`;
const body = () => ({
  personId: b.personId,
  form: 'khien_trach',
  decidedOn: '2026-02-01',
  reason: 'Bị sửa',
});

export const disciplineTenancy: TenancyCase = {
  async seed(_ctx, officerB, communeB) {
    const person = await officerB.post(
      `/api/communes/${communeB.id}/people`,
      aPerson({ fullName: 'Đỗ Văn Luật', serial: 62 }),
    );
    b.personId = person.json().id;
    const discipline = await officerB.post(listOf(communeB.id), { ...body(), reason: 'Vi phạm của B' });
    b.disciplineId = discipline.json().id;
  },
  attempts: [
    { method: 'GET', route: '/api/communes/{communeId}/disciplines', url: (c) => listOf(c.seed.communeB.id) },
    ...attemptsOnRecord('POST', '/api/communes/{communeId}/disciplines', listOf, body),
    ...attemptsOnRecord(
      'PUT',
      '/api/communes/{communeId}/disciplines/{id}',
      (id) => `${listOf(id)}/${b.disciplineId}`,
      body,
    ),
  ],
};
