import type { DatabaseConfig } from './db/database';
import type { Env } from './env';

/** DATABASE_URL selects a PostgreSQL server; without it the embedded PGlite lives in the data folder. */
export function databaseConfig(env: Pick<Env, 'DATABASE_URL' | 'THIDUA_DATA_DIR'>): DatabaseConfig {
  return env.DATABASE_URL
    ? { mode: 'postgres', url: env.DATABASE_URL }
    : { mode: 'pglite', dataDir: env.THIDUA_DATA_DIR };
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.mode === 'pglite') return `PGlite (PostgreSQL nhúng), thư mục dữ liệu ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL ${url.host}${url.pathname}`;
}
