import { codeSchemaVersion } from '../../db/schema-version';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { adminUnits, users } from '../../db/schema';
import { DATA_TABLES } from '../../db/tables';
import { createTestDatabase, testDatabaseModes, type TestDatabase } from '../../test/test-database';
import { seedTwoCommunes } from '../../test/fixtures';
import { loadDemo } from '../demo/load-demo';
import { SYSTEM_ACTOR } from '../audit/record-audit';
import { updateCommune } from '../admin-units/admin-units';
import { backupLines, writeBackup } from './write-backup';
import { restoreBackup } from './restore-backup';

const dir = mkdtempSync(path.join(tmpdir(), 'thidua-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rows of a backup, without the header (it names the database and the time). */
async function rowsOf(db: Database, communeCode?: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of backupLines(db, 'pglite', { communeCode })) lines.push(line);
  return lines.slice(1);
}

async function tableCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { name, table } of DATA_TABLES)
    counts[name] = (await db.select({ n: count() }).from(table))[0]!.n;
  return counts;
}

describe('backup taken on the embedded database', () => {
  let source: TestDatabase;
  const communeFile = path.join(dir, 'demo-ward.jsonl.gz');
  const allFile = path.join(dir, 'all.jsonl.gz');

  beforeAll(async () => {
    source = await createTestDatabase('pglite');
    await loadDemo(source.db);
    const seed = await seedTwoCommunes(source.db);
    const [ward] = await source.db.select().from(adminUnits).where(eq(adminUnits.code, '99001'));
    await updateCommune(source.db, SYSTEM_ACTOR, ward!, { address: 'Địa chỉ có dấu: Khóm 3, đường Lê Lợi' });
    await source.db
      .update(users)
      .set({ disabledAt: new Date('2026-01-02T03:04:05.678Z') })
      .where(eq(users.id, seed.users.memberB.id));
    await writeBackup(source.db, 'pglite', { communeCode: '99001' }, communeFile);
    await writeBackup(source.db, 'pglite', {}, allFile);
  });
  afterAll(() => source.close());

  describe.each(testDatabaseModes())('restored onto %s', (mode) => {
    let target: TestDatabase;
    beforeAll(async () => {
      target = await createTestDatabase(mode);
    });
    afterAll(() => target.close());

    it('restores one ward with every row equal to the source', async () => {
      const result = await restoreBackup(target.db, communeFile);
      expect(result.header.scope).toMatchObject({ kind: 'commune', code: '99001' });
      expect(result.counts).toEqual({
        admin_units: 6,
        admin_unit_mergers: 4,
        users: 6,
        units: 16,
        residential_groups: 10,
        people: 68,
        households: 2851,
        audit_log: 2,
      });
      expect(await rowsOf(target.db, '99001')).toEqual(await rowsOf(source.db, '99001'));
    });

    it('restores the same file again without duplicating anything', async () => {
      const before = await tableCounts(target.db);
      await restoreBackup(target.db, communeFile);
      expect(await tableCounts(target.db)).toEqual(before);
      expect(await rowsOf(target.db, '99001')).toEqual(await rowsOf(source.db, '99001'));
    });

    it('restores a full backup with every row of every table equal', async () => {
      await restoreBackup(target.db, allFile);
      expect(await rowsOf(target.db)).toEqual(await rowsOf(source.db));
    });
  });

  it('maps the ward onto a province that the target already knows under another id', async () => {
    const target = await createTestDatabase('pglite');
    try {
      const [province] = await target.db
        .insert(adminUnits)
        .values({ code: '99', name: 'Tỉnh đã có', level: 'province' })
        .returning();
      await restoreBackup(target.db, communeFile);
      const [ward] = await target.db.select().from(adminUnits).where(eq(adminUnits.code, '99001'));
      expect(ward!.parentId).toBe(province!.id);
      expect((await target.db.select().from(adminUnits).where(eq(adminUnits.code, '99')))[0]!.name).toBe(
        'Tỉnh đã có',
      );
      expect(await target.db.select({ n: count() }).from(users)).toEqual([{ n: 6 }]);
    } finally {
      await target.close();
    }
  });

  describe('refusals write nothing', () => {
    let target: TestDatabase;
    beforeAll(async () => {
      target = await createTestDatabase('pglite');
      await seedTwoCommunes(target.db);
    });
    afterAll(() => target.close());

    const rewrite = (name: string, edit: (lines: string[]) => string[]) => {
      const lines = gunzipSync(readFileSync(communeFile)).toString('utf8').trimEnd().split('\n');
      const file = path.join(dir, name);
      writeFileSync(file, gzipSync(edit(lines).join('\n') + '\n'));
      return file;
    };

    it('refuses a file from a newer schema with a clear message', async () => {
      const file = rewrite('newer.jsonl.gz', ([header, ...rest]) => [
        JSON.stringify({ ...JSON.parse(header!), schemaVersion: 999 }),
        ...rest,
      ]);
      const before = await tableCounts(target.db);
      await expect(restoreBackup(target.db, file)).rejects.toMatchObject({
        code: 'BACKUP_NEWER_SCHEMA',
        params: { fileVersion: 999, currentVersion: codeSchemaVersion().version },
      });
      expect(await tableCounts(target.db)).toEqual(before);
    });

    it.each([
      ['a truncated file (no end line)', (lines: string[]) => lines.slice(0, -1)],
      ['a row count that does not match', (lines: string[]) => [...lines.slice(0, -2), lines.at(-1)!]],
      [
        'a row of an unknown table',
        (lines: string[]) => [lines[0]!, '{"t":"bang_la","r":{}}', ...lines.slice(1)],
      ],
      [
        'a row with a value the database refuses',
        (lines: string[]) => lines.map((l) => l.replace('"role":"member"', '"role":"vua"')),
      ],
    ])('refuses %s and leaves the database as it was', async (name, edit) => {
      const file = rewrite(`${name.replace(/\W+/g, '-')}.jsonl.gz`, edit);
      const before = await rowsOf(target.db);
      await expect(restoreBackup(target.db, file)).rejects.toBeTruthy();
      expect(await rowsOf(target.db)).toEqual(before);
    });

    it('refuses a file that is not a backup at all', async () => {
      const file = path.join(dir, 'not-a-backup.gz');
      writeFileSync(file, 'xin chào');
      await expect(restoreBackup(target.db, file)).rejects.toMatchObject({ code: 'BACKUP_INVALID_FILE' });
    });
  });
});
