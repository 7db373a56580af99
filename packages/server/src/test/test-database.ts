import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS_FOLDER, openDatabase, type DatabaseHandle, type DatabaseMode } from '../db/database';

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
  await adminQuery(adminUrl, `create database ${name} template ${await migratedTemplate(adminUrl)}`);
  const url = databaseUrl(adminUrl, name);
  const handle = await openDatabase({ mode: 'postgres', url, poolSize: 4 });
  await handle.migrate(); // a no-op on the migrated copy; kept so a stale template can never pass unseen
  return {
    ...handle,
    disconnect: handle.close,
    reopen: () => openDatabase({ mode: 'postgres', url, poolSize: 4 }),
    // Drops the database; `with (force)` ends connections a test may have left open.
    close: async () => {
      await handle.close().catch(() => undefined);
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A database migrated once and copied for every test file (`create database … template`), named
 * after the migrations' content so a new migration makes a new one. Parallel test files take an
 * advisory lock so only one of them builds it.
 */
async function migratedTemplate(adminUrl: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_FOLDER, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => path.join(f.parentPath, f.name))
    .sort())
    hash.update(file).update(readFileSync(file));
  const name = `thidua_template_${hash.digest('hex').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', ['thidua_template']);
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database ${name}`);
      const template = await openDatabase({
        mode: 'postgres',
        url: databaseUrl(adminUrl, name),
        poolSize: 1,
      });
      try {
        await template.migrate();
      } catch (error) {
        await template.close();
        await client.query(`drop database ${name}`);
        throw error;
      }
      await template.close();
    }
  } finally {
    await client.end(); // ends the session, and with it the advisory lock
  }
  return name;
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
