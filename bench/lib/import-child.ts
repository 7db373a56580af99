// node_modules/.bin/tsx bench/lib/import-child.ts (--data <folder> | --url <postgres url>) --file <x.xlsx>
//   --commune <code> [--dry-run]
// One household import in a process of its own, so that the peak memory it reports is the import's own
// (PGlite's engine included, as it runs inside the process). Prints one JSON line (ImportChildResult).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { openDatabase } from '../../packages/server/src/db/database';
import { getCommuneByCode } from '../../packages/server/src/features/admin-units/admin-units';
import { importSpreadsheet } from '../../packages/server/src/features/imports/import-spreadsheet';
import { AppError } from '../../packages/server/src/http/app-error';
import { BENCH_ACTOR } from './organisation-data';

export interface ImportChildResult {
  /** importSpreadsheet alone: read, validate and (unless a dry run) write, as the app runs it. */
  ms: number;
  /** Opening the database (PGlite start-up) and reading the file into memory, as the app receives it. */
  openMs: number;
  readMs: number;
  created: number;
  updated: number;
  unchanged: number;
  rowsRead: number;
  /** Peak resident set size of this process over its whole life (the kernel's accounting). */
  maxRssMiB: number;
  /** V8 heap in use at the end, and the largest value seen at the import's progress reports. */
  heapUsedMiB: number;
  heapPeakMiB: number;
  /** The catalog code when the import refused the file (only with --expect-refusal). */
  refused: string | null;
}

const MIB = 2 ** 20;

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    url: { type: 'string' },
    file: { type: 'string' },
    commune: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'expect-refusal': { type: 'boolean', default: false },
  },
});
if (!values.file || !values.commune || !(values.data || values.url)) {
  console.error('usage: import-child.ts (--data <folder> | --url <url>) --file <x.xlsx> --commune <code>');
  process.exit(2);
}

let openedAt = performance.now();
const handle = await openDatabase(
  values.url ? { mode: 'postgres', url: values.url } : { mode: 'pglite', dataDir: values.data! },
);
const openMs = performance.now() - openedAt;
try {
  const commune = await getCommuneByCode(handle.db, values.commune);
  openedAt = performance.now();
  const bytes = await readFile(values.file);
  const readMs = performance.now() - openedAt;

  let heapPeak = 0;
  const sampleHeap = () => {
    heapPeak = Math.max(heapPeak, v8.getHeapStatistics().used_heap_size);
  };
  const startedAt = performance.now();
  const importing = importSpreadsheet(handle.db, BENCH_ACTOR, commune.id, 'households', bytes, {
    dryRun: values['dry-run'] ?? false,
    importId: crypto.randomUUID(),
    fileName: path.basename(values.file),
    onProgress: sampleHeap,
  });
  // A crafted file (import-bomb) is meant to be refused: the refusal's cost is what is measured.
  const result = values['expect-refusal']
    ? await importing.catch((error: unknown) => {
        if (error instanceof AppError) return { status: 'refused' as const, code: error.code };
        throw error;
      })
    : await importing;
  const ms = performance.now() - startedAt;
  sampleHeap();
  const memory = {
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    heapUsedMiB: process.memoryUsage().heapUsed / MIB,
    heapPeakMiB: heapPeak / MIB,
  };
  if (result.status === 'refused') {
    const output: ImportChildResult = {
      ms,
      openMs,
      readMs,
      created: 0,
      updated: 0,
      unchanged: 0,
      rowsRead: 0,
      ...memory,
      refused: result.code,
    };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } else if (result.status !== 'done') {
    const first = result.problems.slice(0, 5).map((p) => p.message);
    throw new Error(`the file has ${result.problemCount} problems:\n${first.join('\n')}`);
  } else {
    const output: ImportChildResult = {
      ms,
      openMs,
      readMs,
      ...result.outcome,
      rowsRead: result.rowsRead,
      ...memory,
      refused: null,
    };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
} finally {
  await handle.close();
}
