import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createTestDatabase } from '../../test/test-database';
import { seedTwoCommunes, PASSWORD } from '../../test/fixtures';
import { TestClient } from '../../test/test-client';

describe('structured logs', () => {
  it('log every request as JSON without passwords, session tokens or CSRF tokens', async () => {
    const database = await createTestDatabase('pglite');
    await seedTwoCommunes(database.db);
    const lines: string[] = [];
    const app = await buildApp({
      database,
      logLevel: 'trace',
      webDist: null,
      logStream: { write: (line) => lines.push(line) },
    });
    const client = await TestClient.signedIn(app, 'canbo.a', PASSWORD);
    await client.signIn('canbo.a', 'mat-khau-sai-123', '10.9.9.9');
    await client.get('/api/auth/session');
    const sessionToken = client.cookie('thidua_session');
    expect(sessionToken).toBeTruthy();
    await app.close();
    await database.close();

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.some((e) => (e.req as { url?: string } | undefined)?.url === '/api/auth/login')).toBe(
      true,
    );
    const text = lines.join('\n');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('mat-khau-sai-123');
    expect(text).not.toContain(sessionToken!);
    expect(text).not.toContain(client.csrfToken);
  });
});
