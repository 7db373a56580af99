import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@thidua/domain';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';
import { anIndicator, aPeriodTarget, signedInAs } from './emulation-year-fixtures';

const WRITERS = ['commune_officer', 'chair', 'province_admin'] as const satisfies Role[];
const READERS = ['unit_head', 'member', 'council_member', 'group_leader'] as const satisfies Role[];

/**
 * Who keeps the emulation year (SPEC §1): the commune officer, the chair and the province's
 * board; everyone else of the commune reads the year, its indicators and the five-year targets.
 */
describe.each(testDatabaseModes())('who may keep the emulation year on %s', (mode) => {
  const ctx = useTestApp(mode);
  const clients = {} as Record<Role, TestClient>;
  let years: string;
  let targets: string;

  beforeAll(async () => {
    const { communeA, users } = ctx.seed;
    years = `/api/communes/${communeA.id}/years`;
    targets = `/api/communes/${communeA.id}/period-targets`;
    clients.commune_officer = await TestClient.signedIn(ctx.app, users.officerA.username, PASSWORD);
    clients.member = await TestClient.signedIn(ctx.app, users.memberA.username, PASSWORD);
    clients.province_admin = await TestClient.signedIn(ctx.app, users.provinceAdmin.username, PASSWORD);
    for (const role of ['chair', 'unit_head', 'council_member', 'group_leader'] as const) {
      clients[role] = await signedInAs(ctx, communeA, role, `vaitro.${role.replace('_', '.')}`);
    }
  });

  it.each(WRITERS.map((role, i) => [role, 2040 + i] as const))(
    '%s opens a year, keeps its indicators and the five-year targets',
    async (role, year) => {
      const client = clients[role];
      const opened = await client.post(years, { year, theme: 'Chủ đề' });
      expect(opened.statusCode).toBe(201);
      const base = `${years}/${opened.json().id}`;
      expect((await client.patch(base, { theme: 'Chủ đề mới', status: 'running' })).statusCode).toBe(200);

      const target = await client.post(
        targets,
        aPeriodTarget({ fromYear: year, toYear: year + 4, field: 'economy' }),
      );
      expect(target.statusCode).toBe(201);
      const targetPath = `${targets}/${target.json().id}`;
      expect(
        (
          await client.put(
            targetPath,
            aPeriodTarget({ fromYear: year, toYear: year + 4, field: 'economy', target: 99 }),
          )
        ).statusCode,
      ).toBe(200);

      const added = await client.post(
        `${base}/indicators`,
        anIndicator({ periodTargetId: target.json().id }),
      );
      expect(added.statusCode).toBe(201);
      await client.post(`${base}/indicators`, anIndicator({ name: 'Thứ hai' }));
      const [first, second] = (await client.get(base)).json().indicators;
      // Saved without the link, which frees the target for deletion below.
      expect(
        (await client.put(`${base}/indicators/${first.id}`, anIndicator({ actual: 267 }))).statusCode,
      ).toBe(200);
      expect((await client.put(`${base}/indicator-order`, { ids: [second.id, first.id] })).statusCode).toBe(
        200,
      );
      expect((await client.request('DELETE', `${base}/indicators/${second.id}`)).statusCode).toBe(200);
      expect((await client.request('DELETE', targetPath)).statusCode).toBe(204);
      expect((await client.get(base)).json()).toMatchObject({
        theme: 'Chủ đề mới',
        status: 'running',
        indicatorSummary: 'Đạt 1/1 chỉ tiêu',
      });
    },
  );

  describe('the others read only', () => {
    let base: string;
    let indicatorId: string;
    let targetPath: string;
    let snapshot: { year: unknown; targets: unknown };

    beforeAll(async () => {
      const officer = clients.commune_officer;
      base = `${years}/${(await officer.post(years, { year: 2050, theme: 'Chủ đề' })).json().id}`;
      indicatorId = (await officer.post(`${base}/indicators`, anIndicator())).json().indicators[0].id;
      targetPath = `${targets}/${(await officer.post(targets, aPeriodTarget({ fromYear: 2050, toYear: 2054 }))).json().id}`;
      snapshot = { year: (await officer.get(base)).json(), targets: (await officer.get(targets)).json() };
    });

    it.each(READERS)('%s reads the years, a year’s indicators and the five-year targets', async (role) => {
      const client = clients[role];
      expect((await client.get(years)).statusCode).toBe(200);
      expect((await client.get(base)).json()).toEqual(snapshot.year);
      expect((await client.get(targets)).json()).toEqual(snapshot.targets);
    });

    it.each(READERS)('%s changes nothing: every write is refused with 403', async (role) => {
      const client = clients[role];
      const writes = [
        client.post(years, { year: 2060, theme: 'Chủ đề' }),
        client.patch(base, { theme: 'Đổi' }),
        client.post(`${base}/indicators`, anIndicator()),
        client.put(`${base}/indicators/${indicatorId}`, anIndicator({ actual: 1 })),
        client.put(`${base}/indicator-order`, { ids: [indicatorId] }),
        client.request('DELETE', `${base}/indicators/${indicatorId}`),
        client.post(targets, aPeriodTarget()),
        client.put(targetPath, aPeriodTarget({ fromYear: 2050, toYear: 2054, target: 1 })),
        client.request('DELETE', targetPath),
      ];
      for (const response of await Promise.all(writes)) {
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe('AUTH_FORBIDDEN');
      }
      const officer = clients.commune_officer;
      expect((await officer.get(base)).json()).toEqual(snapshot.year);
      expect((await officer.get(targets)).json()).toEqual(snapshot.targets);
    });
  });
});
