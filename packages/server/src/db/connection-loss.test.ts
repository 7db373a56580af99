import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseModes, testPostgresUrl } from '../test/test-database';

describe.each(testDatabaseModes().filter((mode) => mode === 'postgres'))('connections on %s', (mode) => {
  it('survives the server ending its idle connections, and connects again for the next query', async () => {
    const database = await createTestDatabase(mode);
    try {
      await database.db.execute(sql`select 1`);
      const name = (
        (await database.db.execute(sql`select current_database() as name`)) as unknown as {
          rows: { name: string }[];
        }
      ).rows[0]!.name;
      const admin = new pg.Client({ connectionString: testPostgresUrl() });
      await admin.connect();
      const ended = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      await admin.end();
      expect(ended.rowCount).toBeGreaterThan(0);
      // Give the pool time to see the termination; an unhandled 'error' here would fail the run.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = (await database.db.execute(sql`select 2 as n`)) as unknown as { rows: { n: number }[] };
      expect(again.rows[0]!.n).toBe(2);
    } finally {
      await database.close();
    }
  });
});
