import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_FOLDER, type Database } from './database';

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** The schema version this build expects: the number of committed migrations. */
export function codeSchemaVersion(): { version: number; latest: string } {
  const journal = JSON.parse(
    readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  const last = journal.entries.at(-1);
  return { version: journal.entries.length, latest: last?.tag ?? '' };
}

/** How many migrations the database has applied (drizzle records them in its own schema). */
export async function appliedSchemaVersion(db: Database): Promise<number> {
  const result = (await db.execute(
    sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
  )) as unknown as {
    rows: { count: number }[];
  };
  return Number(result.rows[0]?.count ?? 0);
}
