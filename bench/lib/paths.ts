import { fileURLToPath } from 'node:url';

/** Absolute paths the benchmarks need, independent of the directory `npm run bench` was started from. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const THIDUA_BIN = fileURLToPath(new URL('../../packages/server/bin/thidua.js', import.meta.url));
export const BARE_FASTIFY = fileURLToPath(new URL('../bare-fastify.ts', import.meta.url));
export const RESULTS_FILE = fileURLToPath(new URL('../results/latest.json', import.meta.url));
