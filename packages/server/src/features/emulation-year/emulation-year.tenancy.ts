import { attemptsOnRecord, type TenancyCase } from '../../test/tenancy-case';
import { anIndicator, aPeriodTarget } from './emulation-year-fixtures';

/** Commune B's five-year target and an indicator of B's year following it. */
const b = { yearId: '', indicatorId: '', targetId: '' };

const targetsOf = (communeId: string) => `/api/communes/${communeId}/period-targets`;
const yearOf = (communeId: string) => `/api/communes/${communeId}/years/${b.yearId}`;

/** The routes this feature adds to the year's indicators, and the five-year targets. */
export const emulationYearTenancy: TenancyCase = {
  async seed(_ctx, officerB, communeB) {
    b.yearId = communeB.yearId;
    const target = await officerB.post(targetsOf(communeB.id), aPeriodTarget({ field: 'economy' }));
    b.targetId = target.json().id;
    const year = await officerB.post(
      `/api/communes/${communeB.id}/years/${b.yearId}/indicators`,
      anIndicator({ name: 'Chỉ tiêu theo mục tiêu của B', periodTargetId: b.targetId }),
    );
    const indicators: { id: string; periodTargetId: string | null }[] = year.json().indicators;
    b.indicatorId = indicators.find((i) => i.periodTargetId === b.targetId)!.id;
  },
  attempts: [
    {
      method: 'GET',
      route: '/api/communes/{communeId}/period-targets',
      url: (c) => targetsOf(c.seed.communeB.id),
    },
    {
      method: 'POST',
      route: '/api/communes/{communeId}/period-targets',
      url: (c) => targetsOf(c.seed.communeB.id),
      body: () => aPeriodTarget({ name: 'Xâm nhập' }),
    },
    ...attemptsOnRecord(
      'PUT',
      '/api/communes/{communeId}/period-targets/{id}',
      (communeId) => `${targetsOf(communeId)}/${b.targetId}`,
      () => aPeriodTarget({ field: 'economy', name: 'Bị sửa' }),
    ),
    ...attemptsOnRecord(
      'DELETE',
      '/api/communes/{communeId}/period-targets/{id}',
      (communeId) => `${targetsOf(communeId)}/${b.targetId}`,
    ),
    ...attemptsOnRecord(
      'DELETE',
      '/api/communes/{communeId}/years/{yearId}/indicators/{id}',
      (communeId) => `${yearOf(communeId)}/indicators/${b.indicatorId}`,
    ),
    ...attemptsOnRecord(
      'PUT',
      '/api/communes/{communeId}/years/{yearId}/indicator-order',
      (communeId) => `${yearOf(communeId)}/indicator-order`,
      () => ({ ids: [b.indicatorId] }),
    ),
  ],
};
