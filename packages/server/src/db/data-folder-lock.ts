import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../http/app-error';

/**
 * PGlite is PostgreSQL compiled into this process: two processes on one data folder each believe
 * they own its files and corrupt its indexes. So whichever process opens the folder first holds
 * this lock file until it closes the database; a second one is refused (decision 010).
 */
export const LOCK_FILE_NAME = 'thidua.lock';

export type LockHolder = 'server' | 'command';

export interface LockInfo {
  pid: number;
  holder: LockHolder;
  /** When the machine last booted, as the holder saw it: a lock written before a reboot is stale. */
  bootedAt: number;
  /** How a running server takes delegated commands, once it listens: only on 127.0.0.1, with this secret. */
  local?: { port: number; secret: string };
}

/** Boot times computed from uptime drift a little with clock adjustments; a reboot moves them much more. */
const BOOT_TOLERANCE_MS = 120_000;

export class DataFolderInUse extends AppError {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      holder.holder === 'server' ? 'DATA_FOLDER_IN_USE_BY_SERVER' : 'DATA_FOLDER_IN_USE_BY_COMMAND',
      503,
      { dir: dataDir, pid: holder.pid },
    );
  }
}

export interface DataFolderLock {
  /** Records in the lock how to reach this server (the file is readable by its owner only). */
  advertise(local: { port: number; secret: string }): void;
  release(): void;
}

const bootedAt = () => Date.now() - os.uptime() * 1000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/** Whether the holder still runs: a lock left by a killed process, or from before a reboot, is not. */
function isLive(info: LockInfo): boolean {
  if (Math.abs(info.bootedAt - bootedAt()) > BOOT_TOLERANCE_MS) return false;
  return info.pid === process.pid || isAlive(info.pid);
}

/** Writes `info` to a private temporary file beside the lock, so the lock never holds half a record. */
function writeTemp(file: string, info: LockInfo): string {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, JSON.stringify(info), { mode: 0o600, flag: 'wx' });
  return temp;
}

/**
 * Takes the folder's lock or throws DataFolderInUse naming the live holder. A lock whose process
 * has died (killed, power cut) is removed and taken over.
 */
export function acquireDataFolderLock(dataDir: string, holder: LockHolder): DataFolderLock {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  let info: LockInfo = { pid: process.pid, holder, bootedAt: bootedAt() };
  for (let attempt = 0; ; attempt++) {
    const temp = writeTemp(file, info);
    try {
      // link() fails if the lock exists: taking it is one atomic step, with its content complete.
      linkSync(temp, file);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readLock(file);
      if (current && isLive(current)) throw new DataFolderInUse(dataDir, current);
      if (attempt >= 2) throw new DataFolderInUse(dataDir, current ?? { ...info, pid: 0 });
      removeIfUnchanged(file, current);
    } finally {
      unlinkSync(temp);
    }
  }

  const onExit = () => release();
  process.once('exit', onExit);
  let held = true;
  function release() {
    if (!held) return;
    held = false;
    process.removeListener('exit', onExit);
    if (readLock(file)?.pid === process.pid) unlinkSync(file);
  }
  return {
    advertise(local) {
      if (!held) return;
      info = { ...info, local };
      // rename() replaces the lock in one step: it is never absent for another process to take.
      renameSync(writeTemp(file, info), file);
    },
    release,
  };
}

/** Removes a stale lock unless another process has replaced it since it was read. */
function removeIfUnchanged(file: string, stale: LockInfo | null): void {
  const now = readLock(file);
  if (JSON.stringify(now) !== JSON.stringify(stale)) return;
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
