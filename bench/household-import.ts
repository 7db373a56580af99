import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { cp, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOUSEHOLDS_SHEET, type HouseholdSummary } from '@thidua/domain';
import { openDatabase, type DatabaseConfig } from '../packages/server/src/db/database';
import { seededRandom } from '../packages/server/src/features/demo/demo-organisation';
import { writeSheetWorkbook } from '../packages/server/src/features/imports/sheet-writer';
import { readWorkbookSheets } from '../packages/server/src/features/imports/workbook-reader';
import type { ImportChildResult } from './lib/import-child';
import { BENCH_GROUP_NAMES, createBenchCommune, harvestDemoWords } from './lib/organisation-data';
import { REPO_ROOT } from './lib/paths';
import { withScratchDatabase } from './lib/postgres';
import { format, progress, table, type Benchmark } from './lib/report';
import { ratio, round, significant, spread, type Spread } from './lib/stats';
import { withTempDir } from './lib/temp-dir';

const HOUSEHOLDS = 100_000;
const TARGET_MS = 30_000;
const TARGET_RSS_MIB = 1_024;
const SEED = 20_250_702;
const SCRATCH_DATABASE = 'thidua_bench_import';
const CHILD_TIMEOUT_MS = 15 * 60_000;
/** The sheet writer's header row: data starts below it. */
const HEADER_ROW = 3;

const TSX_BIN = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const IMPORT_CHILD = fileURLToPath(new URL('./lib/import-child.ts', import.meta.url));

type Mode = 'import' | 'dry-run';

interface ModeFigures {
  /** importSpreadsheet alone, in ms. */
  time: Spread;
  rowsPerSecond: number;
  /** The largest peak RSS of the runs, and the largest sampled V8 heap. */
  peakRssMiB: number;
  heapPeakMiB: number;
  /** Opening the database in the child (PGlite start-up), median, ms: not part of `time`. */
  openMs: number;
}

interface TargetFigures {
  import: ModeFigures;
  dryRun: ModeFigures;
  /** Median dry run over median import: the share of reading and validating. */
  readShare: number;
}

/**
 * Imports 100,000 households from an .xlsx file, as a commune officer would upload it: the file is written by
 * the app's own sheet writer (what export and template produce), the import runs in a child process on a
 * fresh copy of a prepared database (commune + 10 khóm), so its time and peak memory are the import's own.
 */
export const householdImport: Benchmark = {
  name: 'household-import',
  title: `Household import: ${format.count(HOUSEHOLDS)} households from an .xlsx file`,
  async run(options) {
    const runs = options.quick ? 1 : 3;
    return withTempDir(async (dir) => {
      progress('household import: preparing the PGlite database and the .xlsx file');
      const prepared = path.join(dir, 'prepared');
      const commune = await prepareDatabase({ mode: 'pglite', dataDir: prepared });
      const file = path.join(dir, 'households.xlsx');
      const source = await prepareFile(file, commune.name);

      const measured: { key: 'pglite' | 'postgres'; label: string; figures: TargetFigures }[] = [];
      const pglite = async (mode: Mode, run: number) => {
        const copy = path.join(dir, `run-${mode}-${run}`);
        await cp(prepared, copy, { recursive: true });
        try {
          return await runImportChild(['--data', copy], file, commune.code, mode);
        } finally {
          await rm(copy, { recursive: true, force: true });
        }
      };
      measured.push({ key: 'pglite', label: 'PGlite', figures: await measure('PGlite', runs, pglite) });

      const serverUrl = options.postgresUrl;
      if (serverUrl) {
        const postgres = (mode: Mode) =>
          withScratchDatabase(serverUrl, SCRATCH_DATABASE, async (url) => {
            await prepareDatabase({ mode: 'postgres', url });
            return runImportChild(['--url', url], file, commune.code, mode);
          });
        measured.push({
          key: 'postgres',
          label: 'PostgreSQL',
          figures: await measure('PostgreSQL', runs, postgres),
        });
      }

      const rows: string[][] = [];
      const lines: string[] = [];
      const warnings: string[] = [];
      for (const { label, figures } of measured) {
        rows.push(modeRow(`${label}, import`, figures.import));
        rows.push(modeRow(`${label}, dry run (read + validate only)`, figures.dryRun));
        const readMs = figures.dryRun.time.median;
        const writeMs = Math.max(0, figures.import.time.median - readMs);
        lines.push(
          `${label}, medians: reading + validating ${seconds(readMs)} (${percent(figures.readShare)}), ` +
            `writing ${seconds(writeMs)} (${percent(1 - figures.readShare)})`,
        );
        if (figures.import.time.median > TARGET_MS)
          warnings.push(
            `${label}: the import takes ${seconds(figures.import.time.median)} (median), over the ${seconds(TARGET_MS)} target.`,
          );
        if (figures.import.peakRssMiB > TARGET_RSS_MIB)
          warnings.push(
            `${label}: the import peaks at ${mib(figures.import.peakRssMiB)} RSS, over the ${mib(TARGET_RSS_MIB)} target.`,
          );
      }
      if (source.roundTrip.changedCells > 0) warnings.push(roundTripWarning(source));
      const target = measured[0]!.figures.import;
      return {
        lines: [
          `File: ${format.count(HOUSEHOLDS)} households in ${BENCH_GROUP_NAMES.length} khóm of one ward, ` +
            `${source.mib.toFixed(1)} MiB .xlsx written by the app's sheet writer in ${seconds(source.writeMs)}`,
          `Read back with the app's reader: ${format.count(source.roundTrip.changedCells)} of ` +
            `${format.count(HOUSEHOLDS * 3)} text cells differ from what was written`,
          `Each run: a child process (tsx) opens a fresh copy of the prepared database (ward + 10 khóm), ` +
            `reads the file into memory and runs importSpreadsheet (timed); ${runs} run(s) per line.`,
          `Peak RSS is the child's over its whole life (PGlite's engine runs inside it; PostgreSQL's server ` +
            `is not counted); heap peak is V8's heap sampled at the import's progress reports.`,
          '',
          ...table(['', 'runs', 'min', 'median', 'max', 'rows/s', 'peak RSS', 'heap peak'], rows),
          '',
          ...lines,
          `Targets (PGlite import): under ${seconds(TARGET_MS)} → ${seconds(target.time.median)} median ` +
            `(${format.ratio(significant(ratio(target.time.median, TARGET_MS)))}); under ` +
            `${mib(TARGET_RSS_MIB)} → ${mib(target.peakRssMiB)} peak RSS ` +
            `(${format.ratio(significant(ratio(target.peakRssMiB, TARGET_RSS_MIB)))})`,
        ],
        warnings,
        figures: {
          households: HOUSEHOLDS,
          file: {
            mib: round(source.mib, 2),
            writeMs: round(source.writeMs),
            changedCells: source.roundTrip.changedCells,
          },
          unit: 'ms, MiB',
          ...Object.fromEntries(measured.map(({ key, figures }) => [key, figures])),
        },
      };
    });
  },
};

interface PreparedFile {
  mib: number;
  writeMs: number;
  roundTrip: RoundTrip;
}

/**
 * Writes the file as the export writes it and reads it back with the app's reader, cell by cell: an
 * import is only measured on a file the reader returns intact (a garbled letter would go unnoticed).
 */
async function prepareFile(file: string, communeName: string): Promise<PreparedFile> {
  progress('household import: writing the .xlsx file');
  const startedAt = performance.now();
  await writeHouseholdFile(file, communeName);
  const writeMs = performance.now() - startedAt;
  const mib = (await stat(file)).size / 2 ** 20;
  progress("household import: reading the file back with the app's reader");
  return { mib, writeMs, roundTrip: await readBack(file) };
}

function roundTripWarning({ roundTrip }: PreparedFile): string {
  return (
    `the app's .xlsx reader returned ${format.count(roundTrip.changedCells)} text cells differently from ` +
    `what was written, e.g. ${roundTrip.examples.join('; ')}.`
  );
}

/** Migrates an empty database and adds the ward with its ten khóm; nothing else. */
export async function prepareDatabase(config: DatabaseConfig): Promise<{ code: string; name: string }> {
  const handle = await openDatabase(config);
  try {
    await handle.migrate();
    return await createBenchCommune(handle.db, 0);
  } finally {
    await handle.close();
  }
}

/** 10,000 households per khóm, each house number once per khóm, heads drawn from the demo's names. */
function* households(): Generator<HouseholdSummary> {
  const { names, streets } = harvestDemoWords(4_000);
  const random = seededRandom(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const perGroup = HOUSEHOLDS / BENCH_GROUP_NAMES.length;
  for (const [g, groupName] of BENCH_GROUP_NAMES.entries()) {
    for (let n = 1; n <= perGroup; n++) {
      yield {
        id: '',
        groupId: '',
        groupName,
        headName: pick(names),
        address: `Số ${n}, đường ${streets[(g + Math.floor(n / 100)) % streets.length]}`,
        memberCount: 1 + Math.floor(random() * 7),
        retiredOn: null,
      };
    }
  }
}

async function writeHouseholdFile(file: string, communeName: string): Promise<void> {
  const out = createWriteStream(file);
  await writeSheetWorkbook(out, HOUSEHOLDS_SHEET, households(), {
    communeName,
    unitNames: [],
    groupNames: BENCH_GROUP_NAMES,
    withExample: false,
  });
  if (!out.writableFinished) await once(out, 'finish');
}

interface RoundTrip {
  /** Text cells that the app's reader returns differently from what was written. */
  changedCells: number;
  examples: string[];
}

/** Reads the file back with the app's own reader and compares every text cell with what was written. */
async function readBack(file: string): Promise<RoundTrip> {
  const written = households();
  const result: RoundTrip = { changedCells: 0, examples: [] };
  let sheet = 0;
  // A Buffer, as the app hands the uploaded file to the import.
  for await (const rows of readWorkbookSheets(await readFile(file))) {
    sheet += 1;
    for await (const row of rows) {
      // Every row is consumed, the lists sheet's too: exceljs needs each sheet drained.
      if (sheet > 1 || row.number <= HEADER_ROW) continue;
      const expected = written.next();
      if (expected.done) continue;
      const { groupName, headName, address } = expected.value;
      [groupName, headName, address].forEach((text, column) => {
        const read = row.cells[column + 1];
        if (read === text) return;
        result.changedCells += 1;
        if (result.examples.length < 3)
          result.examples.push(`row ${row.number}: «${text}» read as «${String(read)}»`);
      });
    }
  }
  return result;
}

async function measure(
  label: string,
  runs: number,
  runOnce: (mode: Mode, run: number) => Promise<ImportChildResult>,
): Promise<TargetFigures> {
  const results: Record<Mode, ImportChildResult[]> = { import: [], 'dry-run': [] };
  for (let run = 1; run <= runs; run++) {
    for (const mode of ['import', 'dry-run'] as const) {
      progress(`household import, ${label}, ${mode}: run ${run}/${runs}`);
      const result = await runOnce(mode, run);
      if (result.rowsRead !== HOUSEHOLDS || result.created !== HOUSEHOLDS)
        throw new Error(`${label} ${mode}: read ${result.rowsRead} rows, created ${result.created}`);
      results[mode].push(result);
    }
  }
  const importFigures = summarize(results.import);
  const dryRun = summarize(results['dry-run']);
  return {
    import: importFigures,
    dryRun,
    readShare: significant(ratio(dryRun.time.median, importFigures.time.median)),
  };
}

function summarize(results: readonly ImportChildResult[]): ModeFigures {
  const time = spread(results.map((r) => r.ms));
  return {
    time: { runs: time.runs, min: round(time.min), median: round(time.median), max: round(time.max) },
    rowsPerSecond: Math.round(HOUSEHOLDS / (time.median / 1000)),
    peakRssMiB: round(Math.max(...results.map((r) => r.maxRssMiB))),
    heapPeakMiB: round(Math.max(...results.map((r) => r.heapPeakMiB))),
    openMs: round(spread(results.map((r) => r.openMs)).median),
  };
}

/** Runs bench/lib/import-child.ts with tsx and returns the JSON line it prints. */
export async function runImportChild(
  target: readonly string[],
  file: string,
  communeCode: string,
  mode: Mode | 'expect-refusal',
): Promise<ImportChildResult> {
  const args = [IMPORT_CHILD, ...target, '--file', file, '--commune', communeCode];
  if (mode !== 'import') args.push(`--${mode}`);
  const child = spawn(TSX_BIN, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  const killer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(killer);
  const last = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !last.startsWith('{'))
    throw new Error(`the import child failed (${code ?? signal}):\n${stderr}${stdout}`);
  return JSON.parse(last) as ImportChildResult;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (value: number) =>
  value >= 1_024 ? `${(value / 1_024).toFixed(2)} GiB` : `${Math.round(value).toLocaleString('en-US')} MiB`;
const percent = (share: number) => `${Math.round(share * 100)} %`;

const modeRow = (label: string, f: ModeFigures) => [
  label,
  String(f.time.runs),
  seconds(f.time.min),
  seconds(f.time.median),
  seconds(f.time.max),
  format.count(f.rowsPerSecond),
  mib(f.peakRssMiB),
  mib(f.heapPeakMiB),
];
