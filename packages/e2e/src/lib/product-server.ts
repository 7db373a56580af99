import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startThidua } from '../../../../bench/lib/thidua';
import type { ChildServer } from '../../../../bench/lib/child-server';

/**
 * The product as `npm start` runs it: `thidua start` on a fresh embedded database, which loads the
 * demo ward (unless `withDemo` is false: then the first-run screen is the way in). DATABASE_URL is
 * dropped so the browser journeys cover the default mode.
 */
export async function startProductServer({ withDemo = true } = {}): Promise<ChildServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'thidua-e2e-'));
  const { server } = await startThidua(
    { kind: 'pglite', dataDir },
    { THIDUA_DEMO: withDemo ? 'auto' : 'off' },
  );
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
