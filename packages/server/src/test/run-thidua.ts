import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/thidua.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `thidua` binary on the embedded database in a temporary data folder that the
 * calling test file owns (removed after it).
 */
export function useThiduaCli(): { thidua: (...args: string[]) => Promise<CliRun>; dataDir: string } {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'thidua-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const thidua = (...args: string[]): Promise<CliRun> => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const env = { ...inherited, THIDUA_DATA_DIR: dataDir, THIDUA_PASSWORD: '' };
    return new Promise((resolve) => {
      execFile(process.execPath, [bin, ...args], { env, timeout: 120_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });
  };
  return { thidua, dataDir };
}
