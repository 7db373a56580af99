import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireDataFolderLock, type DataFolderLock, type LockHolder } from './data-folder-lock';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one type every repository takes: both drivers produce it, so nothing else differs between modes. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseMode = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  mode: DatabaseMode;
  /** Applies the committed migrations that are not applied yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The embedded data folder's lock, held until close (none for PostgreSQL or in memory). */
  lock: DataFolderLock | null;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

export type DatabaseConfig =
  | { mode: 'pglite'; dataDir: string | null } // null: in memory (tests)
  | { mode: 'postgres'; url: string; poolSize?: number };

/**
 * Opens the database. An embedded data folder is locked first: while another live process holds
 * it, this throws DataFolderInUse (PostgreSQL serves many processes itself and needs no lock).
 */
export async function openDatabase(
  config: DatabaseConfig,
  { holder = 'command' }: { holder?: LockHolder } = {},
): Promise<DatabaseHandle> {
  if (config.mode === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    // A connection the server ends while idle or closing (a restart, an administrator's command)
    // would otherwise be an unhandled 'error' event that stops the process; the pool drops it and
    // opens another when needed, and a query running on it fails with its own error.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    // Fail at start, with the connection error, rather than at the first request.
    await pool.query('select 1');
    const db = drizzlePg({ client: pool, schema }) as unknown as Database;
    return {
      db,
      mode: 'postgres',
      migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => pool.end(),
      lock: null,
    };
  }
  // The extensions the migrations create must be compiled into PGlite's build and named here.
  const options: PGliteOptions = { extensions: { pg_trgm } };
  let client: PGlite;
  let lock: DataFolderLock | null = null;
  if (config.dataDir) {
    const pgdata = path.join(config.dataDir, 'pgdata');
    mkdirSync(pgdata, { recursive: true });
    lock = acquireDataFolderLock(config.dataDir, holder);
    try {
      client = await PGlite.create(pgdata, options);
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create(options);
  }
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    db,
    mode: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
    lock,
  };
}
