import type { TestAppContext } from '../../test/test-app';
import { aPerson } from '../../test/organisation-fixtures';
import { attemptsOnRecord, type Attempt, type TenancyCase } from '../../test/tenancy-case';

/** A unit of commune B, one of its people, and the unit's registration in B's year. */
const b = { yearId: '', unitId: '', personId: '', registrationId: '' };

const registrationsOf = (communeId: string) => `/api/communes/${communeId}/years/${b.yearId}/registrations`;
const route = (suffix = '') => `/api/communes/{communeId}/years/{yearId}/registrations${suffix}`;

/** A route on B's year (and A's URL holding B's ids). */
const onYear = (method: Attempt['method'], suffix: string, body?: (c: TestAppContext) => unknown) =>
  attemptsOnRecord(method, route(suffix), (communeId) => `${registrationsOf(communeId)}${suffix}`, body);

/** A route on B's registration. */
const onRegistration = (method: Attempt['method'], action: string, body?: () => unknown) =>
  attemptsOnRecord(
    method,
    route(`/{id}/${action}`),
    (communeId) => `${registrationsOf(communeId)}/${b.registrationId}/${action}`,
    body,
  );

export const registrationTenancy: TenancyCase = {
  async seed(_ctx, officerB, communeB) {
    b.yearId = communeB.yearId;
    const unit = await officerB.post(`/api/communes/${communeB.id}/units`, {
      name: 'Hội Phụ nữ của B',
      kind: 'mass_organisation',
    });
    b.unitId = unit.json().id;
    const person = await officerB.post(
      `/api/communes/${communeB.id}/people`,
      aPerson({ fullName: 'Lê Thị Đăng', gender: 'female', serial: 71, unitId: b.unitId }),
    );
    b.personId = person.json().id;
    const registration = await officerB.post(registrationsOf(communeB.id), {
      subjectType: 'unit',
      unitId: b.unitId,
      title: 'tap_the_lao_dong_tien_tien',
    });
    b.registrationId = registration.json().id;
  },
  attempts: [
    {
      method: 'GET',
      route: '/api/communes/{communeId}/registrations',
      url: (c) => `/api/communes/${c.seed.communeB.id}/registrations?unitId=${b.unitId}`,
    },
    ...onYear('GET', ''),
    ...onYear('GET', '/summary'),
    ...onYear('GET', '/mine'),
    ...onYear('POST', '', () => ({
      subjectType: 'person',
      personId: b.personId,
      title: 'lao_dong_tien_tien',
    })),
    ...onYear('POST', '/bulk', () => ({ unitId: b.unitId, personTitle: 'lao_dong_tien_tien' })),
    ...onRegistration('GET', 'history'),
    ...onRegistration('POST', 'return', () => ({ reason: 'Xâm nhập' })),
    ...onRegistration('POST', 'accept'),
    ...onRegistration('POST', 'resubmit', () => ({})),
    ...onRegistration('POST', 'withdraw'),
  ],
};
