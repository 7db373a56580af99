import { beforeAll, describe, expect, it } from 'vitest';
import { messageFor, type Role } from '@thidua/domain';
import { PASSWORD } from '../../test/fixtures';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { testDatabaseModes } from '../../test/test-database';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { createUser } from '../users/users';

describe.each(testDatabaseModes())('who reads the audit log, on %s', (mode) => {
  const ctx = useTestApp(mode);
  const usernames: Partial<Record<Role, string>> = {
    commune_officer: 'canbo.a',
    member: 'thanhvien.a',
    province_admin: 'tinh.97',
  };
  const url = () => `/api/admin-units/${ctx.seed.communeA.id}/audit`;

  beforeAll(async () => {
    for (const role of ['chair', 'council_member', 'unit_head', 'group_leader'] as const) {
      const username = `${role.replace('_', '.')}.a`;
      await createUser(ctx.database.db, SYSTEM_ACTOR, ctx.seed.communeA, {
        username,
        displayName: `Người dùng ${username}`,
        role,
        adminUnitId: ctx.seed.communeA.id,
        password: PASSWORD,
      });
      usernames[role] = username;
    }
  });

  it.each(['member', 'unit_head', 'group_leader', 'council_member'] as const)(
    'refuses the %s the commune log and a record’s history, with a Vietnamese message',
    async (role) => {
      const client = await TestClient.signedIn(ctx.app, usernames[role]!, PASSWORD);
      for (const path of [url(), `${url()}?entity=person&entityId=abc`]) {
        const response = await client.get(path);
        expect(response.statusCode).toBe(403);
        expect(response.json().error).toMatchObject({
          code: 'AUTH_FORBIDDEN',
          message: messageFor('AUTH_FORBIDDEN'),
        });
        expect(response.body).not.toContain('sign_in');
      }
    },
  );

  it.each(['commune_officer', 'chair', 'province_admin'] as const)(
    'lets the %s read the commune log',
    async (role) => {
      const client = await TestClient.signedIn(ctx.app, usernames[role]!, PASSWORD);
      const response = await client.get(url());
      expect(response.statusCode).toBe(200);
      expect(response.json().items.some((e: { action: string }) => e.action === 'sign_in')).toBe(true);
    },
  );

  it('still answers 404 to an officer of another commune', async () => {
    const client = await TestClient.signedIn(ctx.app, 'canbo.b', PASSWORD);
    expect((await client.get(url())).statusCode).toBe(404);
  });

  it('describes the log page it answers in the API docs', async () => {
    const docs = (await new TestClient(ctx.app).get('/api/docs/json')).json();
    const page =
      docs.paths['/api/admin-units/{id}/audit'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(page.properties)).toEqual(['items', 'total', 'page', 'pageSize']);
    expect(Object.keys(page.properties.items.items.properties)).toEqual(
      expect.arrayContaining(['actorName', 'action', 'entity', 'entityId', 'changes', 'createdAt']),
    );
  });
});
