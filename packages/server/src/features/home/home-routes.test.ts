import { describe, expect, it } from 'vitest';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';

describe.each(testDatabaseModes())('a commune’s home page on %s', (mode) => {
  const ctx = useTestApp(mode);

  it('counts the commune’s accounts by role, one disabled account apart', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    expect((await officer.post(`/api/users/${ctx.seed.users.memberA.id}/disable`)).statusCode).toBe(200);
    const response = await officer.get(`/api/admin-units/${ctx.seed.communeA.id}/overview`);
    expect(response.statusCode).toBe(200);
    const overview = response.json();
    expect(overview.adminUnit).toMatchObject({ name: 'Phường Thử A', level: 'ward', isDemo: false });
    expect(overview.counts).toMatchObject({ activeUsers: 1, disabledUsers: 1, formerUnits: 0 });
    expect(overview.counts.auditEventsLast30Days).toBeGreaterThan(0);
    expect(overview.usersByRole).toEqual({ commune_officer: 1 });
    expect(overview.mergedFrom).toEqual([]);
  });

  it('describes the overview it answers in the API docs', async () => {
    const docs = (await new TestClient(ctx.app).get('/api/docs/json')).json();
    const overview =
      docs.paths['/api/admin-units/{id}/overview'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(overview.properties)).toEqual(['adminUnit', 'counts', 'usersByRole', 'mergedFrom']);
    expect(Object.keys(overview.properties.counts.properties)).toEqual(
      expect.arrayContaining(['activeUsers', 'disabledUsers', 'auditEventsLast30Days']),
    );
  });
});
