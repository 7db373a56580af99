import { freePort, startChildServer, type StartedChild } from './child-server';
import type { BenchOptions } from './options';
import { THIDUA_BIN } from './paths';
import { withScratchDatabase } from './postgres';
import { withTempDir } from './temp-dir';

/** Where a started server keeps its data. */
export type DatabaseLocation = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export interface DatabaseTarget {
  key: 'pglite' | 'postgres';
  label: string;
  /** Runs `work` with an empty database (a fresh temp folder, or a scratch PostgreSQL database), cleaned up afterwards. */
  withEmpty<T>(work: (location: DatabaseLocation) => Promise<T>): Promise<T>;
}

const BENCH_DATABASE = 'thidua_bench';

/** The embedded PGlite always; PostgreSQL too when BENCH_DATABASE_URL is set. */
export function databaseTargets(options: BenchOptions): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [
    {
      key: 'pglite',
      label: 'PGlite',
      withEmpty: (work) => withTempDir((dataDir) => work({ kind: 'pglite', dataDir })),
    },
  ];
  const serverUrl = options.postgresUrl;
  if (serverUrl) {
    targets.push({
      key: 'postgres',
      label: 'PostgreSQL',
      withEmpty: (work) =>
        withScratchDatabase(serverUrl, BENCH_DATABASE, (url) => work({ kind: 'postgres', url })),
    });
  }
  return targets;
}

/** `node packages/server/bin/thidua.js start` on a free port, silent, ready once /api/health answers 200 (`extraEnv` overrides, e.g. THIDUA_DEMO=off). */
export async function startThidua(
  location: DatabaseLocation,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<StartedChild> {
  const port = await freePort();
  const args = [THIDUA_BIN, 'start', '--port', String(port)];
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', THIDUA_DEMO: 'auto', ...extraEnv };
  delete env.DATABASE_URL;
  if (location.kind === 'pglite') args.push('--data', location.dataDir);
  else env.DATABASE_URL = location.url;
  return startChildServer({ args, env, port, readyPath: '/api/health' });
}
