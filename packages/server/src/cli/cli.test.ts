import { codeSchemaVersion } from '../db/schema-version';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useThiduaCli } from '../test/run-thidua';

const { thidua, dataDir } = useThiduaCli();

describe('thidua CLI', () => {
  it('prints help in Vietnamese for the program and each command', async () => {
    const main = await thidua('--help');
    expect(main.code).toBe(0);
    for (const verb of ['start', 'migrate', 'user', 'demo', 'backup', 'restore'])
      expect(main.stdout).toContain(verb);
    expect(main.stdout).toContain('sao lưu dữ liệu');
    const create = await thidua('user', 'create', '--help');
    expect(create.code).toBe(0);
    expect(create.stdout).toContain('mã xã, phường (5 chữ số)');
  });

  it('migrates, loads the demo ward, and creates an administrator', async () => {
    expect((await thidua('migrate')).stdout).toContain(`phiên bản ${codeSchemaVersion().version}.`);
    const demo = (await thidua('demo')).stdout;
    expect(demo).toContain('Đã nạp dữ liệu demo: 7 tài khoản');
    expect(demo).toMatch(
      /Năm thi đua: 2 năm \(2025 đã khóa sổ, 2026 đang thi đua\), 14 phong trào, 167 lượt đăng ký/,
    );
    const created = await thidua(
      'user',
      'create',
      '--username',
      'quantri',
      '--role',
      'province_admin',
      '--commune',
      '99',
      '--password',
      'mat-khau-dai',
    );
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('Đã tạo tài khoản «quantri»');
  });

  it('exits 2 with a Vietnamese message naming the field on bad input', async () => {
    const shortPassword = await thidua(
      'user',
      'create',
      '--username',
      'ab',
      '--role',
      'member',
      '--commune',
      '99001',
      '--password',
      'ngan',
    );
    expect(shortPassword.code).toBe(2);
    expect(shortPassword.stderr).toContain('«Tên đăng nhập»');
    expect(shortPassword.stderr).toContain('«Mật khẩu» cần ít nhất 8 ký tự.');
    const wrongUnit = await thidua(
      'user',
      'create',
      '--username',
      'abc',
      '--role',
      'member',
      '--commune',
      '12345',
      '--password',
      'mat-khau-dai',
    );
    expect(wrongUnit).toMatchObject({ code: 2, stderr: 'Lỗi: Không có đơn vị hành chính mã «12345».\n' });
    const taken = await thidua(
      'user',
      'create',
      '--username',
      'canbo',
      '--role',
      'member',
      '--commune',
      '99001',
      '--password',
      'mat-khau-dai',
    );
    expect(taken.stderr).toContain('Tên đăng nhập «canbo» đã được dùng.');
  });

  it('backs up a ward, and refuses to restore a file from a newer schema', async () => {
    const file = path.join(dataDir, 'ward.jsonl.gz');
    const backup = await thidua('backup', '--commune', '99001', '--out', file);
    expect(backup.stdout).toContain('Đã sao lưu xã, phường mã 99001');
    expect((await thidua('restore', file)).stdout).toContain(
      'Đã khôi phục xã, phường mã 99001 (admin_units: 6, admin_unit_mergers: 4, units: 16',
    );
    const newer = path.join(dataDir, 'newer.jsonl.gz');
    writeFileSync(
      newer,
      gzipSync(
        JSON.stringify({
          format: 'thidua-backup',
          formatVersion: 1,
          schemaVersion: 42,
          createdAt: '',
          database: 'pglite',
          scope: { kind: 'all' },
        }) + '\n',
      ),
    );
    const refused = await thidua('restore', newer);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `phiên bản dữ liệu mới hơn (42) so với phần mềm này (${codeSchemaVersion().version})`,
    );
  });

  it('refuses a ward file that lacks a unit its people work in: one short line naming table and line, no data', async () => {
    const file = path.join(dataDir, 'ward-for-crafting.jsonl.gz');
    expect((await thidua('backup', '--commune', '99001', '--out', file)).code).toBe(0);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const rows = lines.map((l) => JSON.parse(l) as { t?: string; r?: Record<string, unknown> });
    const unitIds = new Set(rows.filter((x) => x.t === 'units').map((x) => x.r!.id));
    // Every unit goes, as a backup that read units before they were created would have it.
    const crafted = lines.filter((_, i) => !unitIds.has(rows[i]!.r?.id));
    const trailer = JSON.parse(crafted.at(-1)!);
    trailer.counts.units = 0;
    crafted[crafted.length - 1] = JSON.stringify(trailer);
    const broken = path.join(dataDir, 'ward-without-units.jsonl.gz');
    writeFileSync(broken, gzipSync(crafted.join('\n') + '\n'));

    const refused = await thidua('restore', broken);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^Lỗi: Không khôi phục được, chưa ghi gì: dòng \d+ của tệp \(bảng people\)/,
    );
    expect(refused.stderr.length).toBeLessThan(300);
    expect(refused.stderr).not.toMatch(/\d{9,}/);
    expect(refused.stderr).not.toContain('params');
    // Three runs of the real binary over the demo ward on a shared machine: more than the default minute.
  }, 180_000);
});
