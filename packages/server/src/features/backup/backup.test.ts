import { codeSchemaVersion } from '../../db/schema-version';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { messageFor } from '@thidua/domain';
import type { Database } from '../../db/database';
import { adminUnits, emulationYears, files, movements, people, units, users } from '../../db/schema';
import { DATA_TABLES } from '../../db/tables';
import { createTestDatabase, testDatabaseModes, type TestDatabase } from '../../test/test-database';
import { seedTwoCommunes } from '../../test/fixtures';
import { loadDemo } from '../demo/load-demo';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { updateCommune } from '../admin-units/admin-units';
import { saveRuleSettings } from '../rule-settings/rule-settings';
import { createPerson } from '../organisation/people';
import { createUnit } from '../organisation/units';
import { aPerson } from '../../test/organisation-fixtures';
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
    await saveRuleSettings(source.db, SYSTEM_ACTOR, ward!.parentId!, {
      higherTitlesThreshold: 80,
      amendedLawFrom: '2026-09-01',
      documentNumber: '12/2026/QĐ-UBND',
      documentDate: '2026-03-02',
    });
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
        // The demo's emulation years 2025 and 2026 (demo-emulation-years.ts).
        emulation_years: 2,
        period_targets: 9,
        indicators: 24,
        movements: 14,
        movement_reviews: 15,
        pacts: 4,
        pact_parties: 12,
        registrations: 167,
        registration_events: 330,
        monthly_scores: 1496,
        year_grades: 68,
        disciplines: 1,
        achievements: 8,
        initiatives: 6,
        exemplars: 3,
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

    it('refuses a file whose person names a unit the file lacks: a short message naming table and line, nothing written', async () => {
      const lines = gunzipSync(readFileSync(communeFile)).toString('utf8').trimEnd().split('\n');
      const rows = lines.map((l) => JSON.parse(l) as { t?: string; r?: Record<string, unknown> });
      const person = rows.find((x) => x.t === 'people' && x.r!.unitId)!;
      const unitLine = rows.findIndex((x) => x.t === 'units' && x.r!.id === person.r!.unitId);
      const kept = lines.filter((_, i) => i !== unitLine);
      const trailer = JSON.parse(kept.at(-1)!);
      trailer.counts.units -= 1;
      kept[kept.length - 1] = JSON.stringify(trailer);
      const file = path.join(dir, `missing-unit-${mode}.jsonl.gz`);
      writeFileSync(file, gzipSync(kept.join('\n') + '\n'));
      const line = kept.findIndex((l) => l === JSON.stringify(person)) + 1;

      const before = await rowsOf(target.db);
      const error = await restoreBackup(target.db, file).then(
        () => null,
        (e: unknown) => e as { code: string; params: Record<string, unknown> },
      );
      expect(error).toMatchObject({
        code: 'BACKUP_BROKEN_REFERENCE',
        params: { table: 'people', line, refTable: 'units' },
      });
      const message = messageFor('BACKUP_BROKEN_REFERENCE', error!.params as never);
      expect(message).toContain(`dòng ${line}`);
      expect(message).toContain('bảng people');
      expect(message.length).toBeLessThan(300);
      expect(message).not.toMatch(/\d{9,}/);
      expect(message).not.toContain(String(person.r!.idNumber));
      expect(await rowsOf(target.db)).toEqual(before);
    });

    it('refuses a row the database refuses with a short message naming table and line, no data', async () => {
      const lines = gunzipSync(readFileSync(communeFile)).toString('utf8').trimEnd().split('\n');
      const line = lines.findIndex((l) => l.includes('"role":"member"')) + 1;
      const file = path.join(dir, `bad-role-${mode}.jsonl.gz`);
      writeFileSync(file, gzipSync(lines.join('\n').replace('"role":"member"', '"role":"vua"') + '\n'));
      const before = await rowsOf(target.db);
      const error = await restoreBackup(target.db, file).then(
        () => null,
        (e: unknown) => e as { code: string; params: Record<string, unknown> },
      );
      expect(error).toMatchObject({ code: 'BACKUP_ROW_REFUSED', params: { table: 'users', line } });
      const message = messageFor('BACKUP_ROW_REFUSED', error!.params as never);
      expect(message.length).toBeLessThan(300);
      expect(message).not.toContain('vua');
      expect(await rowsOf(target.db)).toEqual(before);
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

describe.each(testDatabaseModes())('stored files restored onto %s', (mode) => {
  it('carries a file’s bytes through a backup and a restore, byte for byte (as base64 text in the file)', async () => {
    const source = await createTestDatabase('pglite');
    const target = await createTestDatabase(mode);
    try {
      const { communeA } = await seedTwoCommunes(source.db);
      const communeId = communeA.id;
      const [year] = await source.db
        .insert(emulationYears)
        .values({ communeId, year: 2026, theme: 'Chủ đề' })
        .returning();
      const [movement] = await source.db
        .insert(movements)
        .values({
          communeId,
          yearId: year!.id,
          name: 'Phong trào',
          launchLevel: 'national',
          type: 'thematic',
        })
        .returning();
      // Every byte value, zero and the high ones included: what a text encoding would break.
      const bytes = Buffer.concat([
        Buffer.from('%PDF-1.7\n'),
        Buffer.from(Array.from({ length: 256 }, (_, i) => 255 - i)),
      ]);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await source.db.insert(files).values({
        communeId,
        owner: 'movement',
        ownerId: movement!.id,
        fileName: 'Kế hoạch.pdf',
        contentType: 'application/pdf',
        sizeBytes: bytes.length,
        sha256,
        content: bytes,
        uploadedBy: 'Cán bộ thi đua',
      });
      const file = path.join(dir, `files-${mode}.jsonl.gz`);
      await writeBackup(source.db, 'pglite', { communeCode: communeA.code }, file);
      const line = gunzipSync(readFileSync(file))
        .toString('utf8')
        .split('\n')
        .find((l) => l.startsWith('{"t":"files"'));
      expect(JSON.parse(line!).r.content).toBe(bytes.toString('base64'));

      await restoreBackup(target.db, file);
      const [restored] = await target.db.select().from(files);
      expect(Buffer.from(restored!.content).equals(bytes)).toBe(true);
      expect(createHash('sha256').update(restored!.content).digest('hex')).toBe(sha256);
      expect(restored).toMatchObject({
        fileName: 'Kế hoạch.pdf',
        sizeBytes: bytes.length,
        ownerId: movement!.id,
      });
    } finally {
      await source.close();
      await target.close();
    }
  });
});

const WRITERS = 3;

describe.each(testDatabaseModes())('backup taken on %s while units and their people are created', (mode) => {
  it('reads every table from one snapshot, so every backup taken during the writes restores', async () => {
    const source = await createTestDatabase(mode);
    const target = await createTestDatabase(mode);
    try {
      const [province] = await source.db
        .insert(adminUnits)
        .values({ code: '97', name: 'Tỉnh Thử Nghiệm', level: 'province' })
        .returning();
      const [communeA] = await source.db
        .insert(adminUnits)
        .values({ code: '97001', name: 'Phường Thử A', level: 'ward', parentId: province!.id })
        .returning();
      let writing = true;
      let created = 0;
      // A unit, then a person working in it, over and over, as officers entering an organisation.
      const writer = async () => {
        while (writing) {
          const serial = ++created;
          const unit = await createUnit(source.db, SYSTEM_ACTOR, communeA!.id, {
            name: `Đơn vị ${serial}`,
            kind: 'police',
            parentId: null,
          });
          await createPerson(source.db, SYSTEM_ACTOR, communeA!.id, aPerson({ unitId: unit.id, serial }));
          // Back to the event loop between records, as requests arriving over the network do.
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      const backups: string[] = [];
      try {
        // PostgreSQL runs the writers truly alongside, so the race is narrower: more tries.
        for (let i = 0; i < (mode === 'postgres' ? 12 : 3); i++) {
          const file = path.join(dir, `during-writes-${mode}-${i}.jsonl.gz`);
          await writeBackup(source.db, mode, { communeCode: communeA!.code }, file);
          backups.push(file);
        }
      } finally {
        writing = false;
        await Promise.all(writers);
      }
      expect(created).toBeGreaterThan(0);
      for (const file of backups) {
        const result = await restoreBackup(target.db, file);
        // Every person came with the unit they work in; at most each writer's last unit waits for its person.
        const unitsWithoutPerson = (result.counts.units ?? 0) - (result.counts.people ?? 0);
        expect(unitsWithoutPerson).toBeGreaterThanOrEqual(0);
        expect(unitsWithoutPerson).toBeLessThanOrEqual(WRITERS);
        const restoredPeople = await target.db.select({ unitId: people.unitId }).from(people);
        const restoredUnits = new Set(
          (await target.db.select({ id: units.id }).from(units)).map((u) => u.id),
        );
        expect(restoredPeople.every((p) => restoredUnits.has(p.unitId!))).toBe(true);
      }
    } finally {
      await source.close();
      await target.close();
    }
    // Two databases and a few hundred writes on a shared machine: more than the default minute.
  }, 180_000);
});
