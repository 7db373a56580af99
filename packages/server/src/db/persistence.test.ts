import { codeSchemaVersion } from './schema-version';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildApp } from '../app';
import { createTestDatabase, testDatabaseModes } from '../test/test-database';
import { seedTwoCommunes } from '../test/fixtures';
import { users } from './schema';

describe.each(testDatabaseModes())('data survives a restart on %s', (mode) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'thidua-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every row after the database is closed and opened again, and health names the mode', async () => {
    const first = await createTestDatabase(mode, dataDir);
    const seed = await seedTwoCommunes(first.db);
    const before = await first.db.select().from(users).orderBy(users.username);
    await first.db
      .update(users)
      .set({ displayName: 'Đã sửa trước khi tắt' })
      .where(eq(users.id, seed.users.officerA.id));
    await first.disconnect();

    const second = await first.reopen();
    await second.migrate();
    const after = await second.db.select().from(users).orderBy(users.username);
    expect(after.map((u) => u.username)).toEqual(before.map((u) => u.username));
    expect(after.find((u) => u.id === seed.users.officerA.id)?.displayName).toBe('Đã sửa trước khi tắt');

    const app = await buildApp({ database: second, logLevel: 'silent', webDist: null });
    const health = (await app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(health).toEqual({
      status: 'ok',
      database: {
        mode,
        schemaVersion: codeSchemaVersion().version,
        latestMigration: codeSchemaVersion().latest,
      },
    });
    await app.close();
    await second.close();
    if (mode === 'postgres') await first.close();
  });
});
