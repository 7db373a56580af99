import { aPerson } from '../../test/organisation-fixtures';
import { attemptsOnRecord, type TenancyCase } from '../../test/tenancy-case';
import type { TestClient } from '../../test/test-client';

/** Commune B's unit and person, and an achievement, initiative and exemplar of B's year. */
const b = { yearId: '', unitId: '', personId: '', achievementId: '', initiativeId: '', exemplarId: '' };

const yearOf = (communeId: string) => `/api/communes/${communeId}/years/${b.yearId}`;

const achievement = () => ({
  subjectType: 'person',
  personId: b.personId,
  title: 'Bị sửa',
  achievedOn: '2026-06-01',
});
const initiative = () => ({ personId: b.personId, title: 'Bị sửa' });
const exemplar = () => ({
  subjectType: 'unit',
  unitId: b.unitId,
  description: 'Bị sửa',
  discoveredOn: '2026-03-01',
});

async function created(response: Awaited<ReturnType<TestClient['post']>>): Promise<string> {
  if (response.statusCode !== 201) throw new Error(`commune B's record not created: ${response.body}`);
  return response.json().id;
}

/** Every route of achievements, initiatives and exemplars, on commune B and through A's URLs. */
export const achievementTenancy: TenancyCase = {
  async seed(_ctx, officerB, communeB) {
    b.yearId = communeB.yearId;
    const commune = `/api/communes/${communeB.id}`;
    b.unitId = await created(
      await officerB.post(`${commune}/units`, { name: 'Đoàn Thanh niên của B', kind: 'other' }),
    );
    b.personId = await created(
      await officerB.post(
        `${commune}/people`,
        aPerson({ fullName: 'Người Của B', unitId: b.unitId, serial: 41 }),
      ),
    );
    const year = yearOf(communeB.id);
    b.achievementId = await created(
      await officerB.post(`${year}/achievements`, { ...achievement(), title: 'Thành tích của B' }),
    );
    b.initiativeId = await created(
      await officerB.post(`${year}/initiatives`, { ...initiative(), title: 'Sáng kiến của B' }),
    );
    b.exemplarId = await created(
      await officerB.post(`${year}/exemplars`, { ...exemplar(), description: 'Điển hình của B' }),
    );
  },
  attempts: [
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/years/{yearId}/achievements',
      (c) => `${yearOf(c)}/achievements`,
    ),
    ...attemptsOnRecord(
      'POST',
      '/api/communes/{communeId}/years/{yearId}/achievements',
      (c) => `${yearOf(c)}/achievements`,
      achievement,
    ),
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/years/{yearId}/achievements/{id}',
      (c) => `${yearOf(c)}/achievements/${b.achievementId}`,
    ),
    ...attemptsOnRecord(
      'PUT',
      '/api/communes/{communeId}/years/{yearId}/achievements/{id}',
      (c) => `${yearOf(c)}/achievements/${b.achievementId}`,
      achievement,
    ),
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/people/{personId}/achievements',
      (c) => `/api/communes/${c}/people/${b.personId}/achievements`,
    ),
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/units/{unitId}/achievements',
      (c) => `/api/communes/${c}/units/${b.unitId}/achievements`,
    ),
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/years/{yearId}/initiatives',
      (c) => `${yearOf(c)}/initiatives`,
    ),
    ...attemptsOnRecord(
      'POST',
      '/api/communes/{communeId}/years/{yearId}/initiatives',
      (c) => `${yearOf(c)}/initiatives`,
      initiative,
    ),
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/years/{yearId}/initiatives/{id}',
      (c) => `${yearOf(c)}/initiatives/${b.initiativeId}`,
    ),
    ...attemptsOnRecord(
      'PUT',
      '/api/communes/{communeId}/years/{yearId}/initiatives/{id}',
      (c) => `${yearOf(c)}/initiatives/${b.initiativeId}`,
      initiative,
    ),
    ...attemptsOnRecord(
      'PUT',
      '/api/communes/{communeId}/years/{yearId}/initiatives/{id}/recognition',
      (c) => `${yearOf(c)}/initiatives/${b.initiativeId}/recognition`,
      () => ({ level: 'co_so', recognisedOn: '2026-10-01', decisionNumber: '1/QĐ-UBND' }),
    ),
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/years/{yearId}/exemplars',
      (c) => `${yearOf(c)}/exemplars`,
    ),
    ...attemptsOnRecord(
      'POST',
      '/api/communes/{communeId}/years/{yearId}/exemplars',
      (c) => `${yearOf(c)}/exemplars`,
      exemplar,
    ),
    ...attemptsOnRecord(
      'GET',
      '/api/communes/{communeId}/years/{yearId}/exemplars/{id}',
      (c) => `${yearOf(c)}/exemplars/${b.exemplarId}`,
    ),
    ...attemptsOnRecord(
      'PUT',
      '/api/communes/{communeId}/years/{yearId}/exemplars/{id}',
      (c) => `${yearOf(c)}/exemplars/${b.exemplarId}`,
      exemplar,
    ),
    ...attemptsOnRecord(
      'POST',
      '/api/communes/{communeId}/years/{yearId}/exemplars/{id}/advance',
      (c) => `${yearOf(c)}/exemplars/${b.exemplarId}/advance`,
      () => ({ stage: 'nurtured', date: '2026-04-01' }),
    ),
    ...attemptsOnRecord(
      'POST',
      '/api/communes/{communeId}/years/{yearId}/exemplars/{id}/undo',
      (c) => `${yearOf(c)}/exemplars/${b.exemplarId}/undo`,
    ),
  ],
};
