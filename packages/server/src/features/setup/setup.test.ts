import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import type { TypedApp } from '../../app-context';
import { createTestDatabase, testDatabaseModes, type TestDatabase } from '../../test/test-database';
import { TestClient } from '../../test/test-client';

describe.each(testDatabaseModes())('first run on %s', (mode) => {
  let database: TestDatabase;
  let app: TypedApp;
  beforeAll(async () => {
    database = await createTestDatabase(mode);
    app = await buildApp({ database, logLevel: 'silent', webDist: null });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const input = {
    provinceCode: '95',
    provinceName: 'Tỉnh Đầu Tiên',
    username: 'quantri',
    displayName: 'Quản Trị',
    password: 'mat-khau-quan-tri',
  };

  it('creates the province and its first administrator only while there is no account', async () => {
    const client = new TestClient(app);
    expect((await client.get('/api/setup')).json()).toEqual({ needsSetup: true });
    expect((await client.post('/api/setup', input)).statusCode).toBe(201);
    expect((await client.get('/api/setup')).json()).toEqual({ needsSetup: false });
    const admin = await TestClient.signedIn(app, 'quantri', input.password);
    expect((await admin.get('/api/auth/session')).json().user).toMatchObject({
      role: 'province_admin',
      adminUnit: { code: '95', level: 'province' },
    });
    const second = await client.post('/api/setup', { ...input, username: 'ke.gian' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('SETUP_ALREADY_DONE');
  });

  it('describes the setup status in the API docs', async () => {
    const docs = (await new TestClient(app).get('/api/docs/json')).json();
    const status = docs.paths['/api/setup'].get.responses['200'].content['application/json'].schema;
    expect(status.properties.needsSetup.type).toBe('boolean');
    expect(docs.paths['/api/setup'].post.responses['201']).toBeDefined();
  });
});
