import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { HOUSEHOLDS_SHEET } from '@thidua/domain';
import { freePort, type ChildServer } from '../../../../bench/lib/child-server';
import { signIn, type SignedIn } from '../../../../bench/lib/session';
import { startThidua } from '../../../../bench/lib/thidua';
import { THIDUA_BIN } from '../../../../bench/lib/paths';
import { writeSheetWorkbook } from '../features/imports/sheet-writer';
import { useThiduaCli } from '../test/run-thidua';

const { thidua, dataDir } = useThiduaCli();
let server: ChildServer | null = null;
afterAll(async () => {
  await server?.stop();
});

const NEW_HEAD = 'Lâm Thị Ngọc Mới Nhập';

async function search(base: string, session: SignedIn, q: string) {
  const response = await fetch(
    `${base}/api/communes/${session.adminUnitId}/search?q=${encodeURIComponent(q)}`,
    { headers: { cookie: session.cookie } },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { households: { title: string }[]; groups: { title: string }[] };
}

async function householdFile(groupName: string): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const row = {
    id: 'x',
    groupId: 'g',
    groupName,
    headName: NEW_HEAD,
    address: 'Số 7, đường Thử Nghiệm',
    memberCount: 3,
    retiredOn: null,
  };
  await writeSheetWorkbook(out, HOUSEHOLDS_SHEET, [row], {
    communeName: 'Phường Minh Họa',
    unitNames: [],
    groupNames: [groupName],
    withExample: false,
  });
  const file = path.join(dataDir, '..', `${path.basename(dataDir)}-ho.xlsx`);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

describe('one embedded data folder, two processes', () => {
  it('refuses or delegates a second process while the server runs, and the folder stays sound', async () => {
    server = (await startThidua({ kind: 'pglite', dataDir })).server;
    const canbo = await signIn(server.url, { username: 'canbo', password: 'demo1234' });

    // Commands that would open the folder themselves are refused, saying what to do.
    const migrate = await thidua('migrate');
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toMatch(/Thư mục dữ liệu .* đang được máy chủ \(PID \d+\) sử dụng/);
    expect(migrate.stderr).toContain('Hãy dừng máy chủ');
    const search1 = await thidua('search', 'khom', '--commune', '99001');
    expect(search1.code).toBe(1);
    expect(search1.stderr).toContain('đang được máy chủ');

    // import, backup and user create go through the running server, with the output of a direct run.
    const group = (await search(server.url, canbo, 'khom')).groups[0]!.title;
    const file = await householdFile(group);
    const imported = await thidua('import', 'households', file, '--commune', '99001');
    expect(imported.stderr).toBe('');
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toMatch(/^Đã nhập hộ gia đình vào .*: thêm 1, cập nhật 0, không đổi 0\.\n$/);
    expect((await search(server.url, canbo, NEW_HEAD)).households.map((h) => h.title)).toContain(NEW_HEAD);

    const created = await thidua(
      'user',
      'create',
      '--username',
      'moiqua',
      '--role',
      'member',
      '--commune',
      '99001',
      '--password',
      'mat-khau-moi-dai',
    );
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('Đã tạo tài khoản «moiqua»');
    await signIn(server.url, { username: 'moiqua', password: 'mat-khau-moi-dai' });

    const duplicate = await thidua(
      'user',
      'create',
      '--username',
      'moiqua',
      '--role',
      'member',
      '--commune',
      '99001',
      '--password',
      'mat-khau-moi-dai',
    );
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toMatch(/^Lỗi: .*moiqua/);

    const backupFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}-sao-luu.jsonl.gz`);
    const relative = path.relative(process.cwd(), backupFile);
    const backup = await thidua('backup', '--commune', '99001', '--out', relative);
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.stdout).toBe(`Đã sao lưu xã, phường mã 99001 vào ${relative}.\n`);
    expect(gunzipSync(readFileSync(backupFile)).toString()).toContain(NEW_HEAD);

    // A second server on the same folder stops at once with the same explanation.
    const second = await runSecondServer(await freePort());
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('đang được máy chủ');

    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect((await search(server.url, canbo, NEW_HEAD)).households).toHaveLength(1);

    await server.stop();
    server = null;
    // Once the server has stopped, the folder opens again and holds what was delegated.
    expect(await thidua('migrate')).toMatchObject({ code: 0 });
    const found = await thidua('search', NEW_HEAD, '--commune', '99001');
    expect(found).toMatchObject({ code: 0 });
    expect(found.stdout).toContain(NEW_HEAD);
  }, 300_000);

  it('does not stay locked after the server is killed', async () => {
    const started = await startThidua({ kind: 'pglite', dataDir });
    const pid = Number(JSON.parse(readFileSync(path.join(dataDir, 'thidua.lock'), 'utf8')).pid);
    process.kill(pid, 'SIGKILL');
    await started.server.stop();
    const again = await thidua('search', NEW_HEAD, '--commune', '99001');
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain(NEW_HEAD);
  }, 300_000);
});

/** `thidua start` on the shared folder; a second server that stays up past 60 s is killed and counts as a failure. */
async function runSecondServer(port: number): Promise<{ code: number | null; stderr: string }> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [THIDUA_BIN, 'start', '--port', String(port), '--data', dataDir], {
    env: { ...env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(killer);
  return { code, stderr };
}
