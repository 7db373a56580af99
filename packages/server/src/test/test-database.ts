import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseMode } from '../db/database';

/**
 * The PostgreSQL server the integration tests also run on, when given. TEST_DATABASE_URL wins;
 * DATABASE_URL (as CI sets it) is used otherwise. Every test file gets a database of its own.
 */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** PGlite always; PostgreSQL too when its URL is given. */
export function testDatabaseModes(): DatabaseMode[] {
  return testPostgresUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection but keeps the data (the restart test). */
  disconnect(): Promise<void>;
  /** Connects again to the same database. */
  reopen(): Promise<DatabaseHandle>;
}

export async function createTestDatabase(
  mode: DatabaseMode,
  dataDir: string | null = null,
): Promise<TestDatabase> {
  if (mode === 'pglite') {
    const handle = await openDatabase({ mode: 'pglite', dataDir });
    await handle.migrate();
    return { ...handle, disconnect: handle.close, reopen: () => openDatabase({ mode: 'pglite', dataDir }) };
  }
  const adminUrl = testPostgresUrl();
  if (!adminUrl) throw new Error('no PostgreSQL URL for tests');
  const name = `thidua_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ mode: 'postgres', url: url.toString(), poolSize: 4 });
  await handle.migrate();
  return {
    ...handle,
    disconnect: handle.close,
    reopen: () => openDatabase({ mode: 'postgres', url: url.toString(), poolSize: 4 }),
    // Drops the database; `with (force)` ends connections a test may have left open.
    close: async () => {
      await handle.close().catch(() => undefined);
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
