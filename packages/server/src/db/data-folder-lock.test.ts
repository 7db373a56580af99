import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { messageFor } from '@thidua/domain';
import { acquireDataFolderLock, DataFolderInUse, LOCK_FILE_NAME, type LockInfo } from './data-folder-lock';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const folder = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-lock-'));
  dirs.push(dir);
  return dir;
};
const bootedAt = () => Date.now() - os.uptime() * 1000;
/** The pid of a process that has already ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('acquireDataFolderLock', () => {
  it('refuses a second holder while the first holds it, naming its pid, and frees the folder on release', () => {
    const dir = folder();
    const first = acquireDataFolderLock(dir, 'server');
    const refusal = (() => {
      try {
        acquireDataFolderLock(dir, 'command');
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DataFolderInUse);
    const { code, params } = refusal as DataFolderInUse;
    expect(code).toBe('DATA_FOLDER_IN_USE_BY_SERVER');
    expect(messageFor(code, params)).toBe(
      `Thư mục dữ liệu ${dir} đang được máy chủ (PID ${process.pid}) sử dụng. Hãy dừng máy chủ rồi chạy lại lệnh; riêng các lệnh import, backup và user create tự chạy qua máy chủ đang chạy.`,
    );
    first.release();
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    acquireDataFolderLock(dir, 'command').release();
  });

  it('keeps the lock private to its owner and records how to reach the server', () => {
    const dir = folder();
    const lock = acquireDataFolderLock(dir, 'server');
    lock.advertise({ port: 4321, secret: 'bí mật' });
    const file = path.join(dir, LOCK_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      pid: process.pid,
      holder: 'server',
      local: { port: 4321, secret: 'bí mật' },
    });
    lock.release();
  });

  it('takes over a lock whose process has died, or that was written before the last reboot', () => {
    const dir = folder();
    const file = path.join(dir, LOCK_FILE_NAME);
    const stale: LockInfo[] = [
      { pid: deadPid(), holder: 'server', bootedAt: bootedAt() },
      // A live pid (this one's parent) recorded in an earlier boot: pids start again after a reboot.
      { pid: process.ppid, holder: 'server', bootedAt: bootedAt() - 3_600_000 },
    ];
    for (const info of stale) {
      writeFileSync(file, JSON.stringify(info));
      const lock = acquireDataFolderLock(dir, 'command');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, holder: 'command' });
      lock.release();
    }
    // The same live pid in this boot is respected.
    writeFileSync(file, JSON.stringify({ pid: process.ppid, holder: 'command', bootedAt: bootedAt() }));
    expect(() => acquireDataFolderLock(dir, 'command')).toThrow(DataFolderInUse);
  });
});
