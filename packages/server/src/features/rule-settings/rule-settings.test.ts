import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, provinceRuleSettings } from '../../db/schema';
import { testDatabaseModes, createTestDatabase } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';
import { writeBackup } from '../backup/write-backup';
import { restoreBackup } from '../backup/restore-backup';
import { ruleSetForCommune } from './rule-settings';

const dir = mkdtempSync(path.join(tmpdir(), 'thidua-rule-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settingsOf = (provinceId: string) => `/api/admin-units/${provinceId}/rule-settings`;
const eighty = {
  higherTitlesThreshold: 80,
  amendedLawFrom: '2026-09-01',
  documentNumber: '12/2026/QĐ-UBND',
  documentDate: '2026-03-02',
};

describe.each(testDatabaseModes())('province rule settings on %s', (mode) => {
  const ctx = useTestApp(mode);
  const signIn = (username: string) => TestClient.signedIn(ctx.app, username, PASSWORD);
  const audits = () =>
    ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'rule_settings'), eq(auditLog.adminUnitId, ctx.seed.province.id)));

  it('gives the defaults before the province saves anything', async () => {
    const admin = await signIn('tinh.97');
    const response = await admin.get(settingsOf(ctx.seed.province.id));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      provinceId: ctx.seed.province.id,
      higherTitlesThreshold: 90,
      amendedLawFrom: null,
      documentNumber: null,
      documentDate: null,
      isDefault: true,
      updatedBy: null,
      updatedAt: null,
    });
  });

  it('refuses bad input with Vietnamese field messages and writes nothing', async () => {
    const admin = await signIn('tinh.97');
    const tooHigh = await admin.put(settingsOf(ctx.seed.province.id), {
      ...eighty,
      higherTitlesThreshold: 120,
    });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.fields.higherTitlesThreshold).toBe(
      '«Tỷ lệ tán thành tối thiểu cho danh hiệu cấp tỉnh, cấp Nhà nước (%)» phải nhỏ hơn hoặc bằng 100.',
    );
    const noDocument = await admin.put(settingsOf(ctx.seed.province.id), {
      higherTitlesThreshold: 90,
      amendedLawFrom: '2026-09-01',
      documentNumber: null,
      documentDate: null,
    });
    expect(noDocument.statusCode).toBe(400);
    expect(noDocument.json().error.fields).toMatchObject({
      documentNumber: expect.stringMatching(/^«Văn bản quy định \(số, ký hiệu\)» cần nhập/),
      documentDate: expect.stringMatching(/^«Ngày ban hành» cần nhập/),
    });
    expect(await ctx.database.db.select().from(provinceRuleSettings)).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it('lets the commune user read the province’s settings but not write them (403), and writes nothing', async () => {
    const officer = await signIn('canbo.a');
    expect((await officer.get(settingsOf(ctx.seed.province.id))).statusCode).toBe(200);
    expect((await officer.put(settingsOf(ctx.seed.province.id), eighty)).statusCode).toBe(403);
    const member = await signIn('thanhvien.b');
    expect((await member.get(settingsOf(ctx.seed.province.id))).json().higherTitlesThreshold).toBe(90);
    expect(await ctx.database.db.select().from(provinceRuleSettings)).toEqual([]);
  });

  it('answers 404 to another province’s admin, to a commune user for another province, and for a commune id', async () => {
    const other = await signIn('tinh.96');
    expect((await other.get(settingsOf(ctx.seed.province.id))).statusCode).toBe(404);
    expect((await other.put(settingsOf(ctx.seed.province.id), eighty)).statusCode).toBe(404);
    const officer = await signIn('canbo.a');
    expect((await officer.get(settingsOf(ctx.seed.otherProvince.id))).statusCode).toBe(404);
    const admin = await signIn('tinh.97');
    expect((await admin.get(settingsOf(ctx.seed.communeA.id))).statusCode).toBe(404);
    expect(await ctx.database.db.select().from(provinceRuleSettings)).toEqual([]);
  });

  it('saves the province admin’s settings with who changed them, audited once', async () => {
    const admin = await signIn('tinh.97');
    const saved = await admin.put(settingsOf(ctx.seed.province.id), eighty);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      ...eighty,
      isDefault: false,
      updatedBy: { userId: ctx.seed.users.provinceAdmin.id, displayName: 'Người dùng tinh.97' },
    });
    expect((await admin.get(settingsOf(ctx.seed.province.id))).json()).toEqual(saved.json());
    expect((await admin.put(settingsOf(ctx.seed.province.id), eighty)).statusCode).toBe(200);
    const entries = await audits();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'create',
      actorId: ctx.seed.users.provinceAdmin.id,
      changes: { higherTitlesThreshold: { from: 90, to: 80 } },
    });
  });

  it('ruleSetForCommune uses the province’s 80 % and its amending law from its date, not the day before', async () => {
    const db = ctx.database.db;
    const higherTitles = async (date: string) =>
      (await ruleSetForCommune(db, ctx.seed.communeA.id, date)).votes.find(
        (v) => v.id === 'vote.higher_titles',
      )!;
    expect((await higherTitles('2026-06-01')).threshold.share).toEqual({ num: 80, den: 100 });
    expect((await higherTitles('2026-06-01')).source.document).toContain('12/2026/QĐ-UBND');
    expect((await ruleSetForCommune(db, ctx.seed.communeA.id, '2026-08-31')).regime.regime).toBe('R2025');
    expect((await ruleSetForCommune(db, ctx.seed.communeA.id, '2026-09-01')).regime.regime).toBe(
      'R2022_AMENDED',
    );
  });

  it('travels in a full backup and is restored', async () => {
    const file = path.join(dir, `all-${mode}.jsonl.gz`);
    await writeBackup(ctx.database.db, mode, {}, file);
    const target = await createTestDatabase(mode);
    try {
      const result = await restoreBackup(target.db, file);
      expect(result.counts.province_rule_settings).toBe(1);
      expect(await target.db.select().from(provinceRuleSettings)).toEqual(
        await ctx.database.db.select().from(provinceRuleSettings),
      );
      const ruleSet = await ruleSetForCommune(target.db, ctx.seed.communeA.id, '2026-09-01');
      expect(ruleSet.regime.regime).toBe('R2022_AMENDED');
    } finally {
      await target.close();
    }
  });
});
