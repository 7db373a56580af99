// npm run bench [-- --quick] [server-start] [http-throughput] [rules-batch] [household-import] [import-bomb] [organisation-search] [web-first-load]
// Runs the benchmarks one after another, prints a plain-text report and writes bench/results/latest.json.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { householdImport } from './household-import';
import { importBomb } from './import-bomb';
import { httpThroughput } from './http-throughput';
import { readOptions, redactUrl } from './lib/options';
import { RESULTS_FILE } from './lib/paths';
import { progress, section, type Benchmark } from './lib/report';
import { organisationSearch } from './organisation-search';
import { rulesBatch } from './rules-batch';
import { serverStart } from './server-start';
import { webFirstLoad } from './web-first-load';

const BENCHMARKS: readonly Benchmark[] = [
  serverStart,
  httpThroughput,
  rulesBatch,
  householdImport,
  importBomb,
  organisationSearch,
  webFirstLoad,
];

const options = readOptions();
const unknown = options.only.filter((name) => !BENCHMARKS.some((b) => b.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark: ${unknown.join(', ')}. Known: ${BENCHMARKS.map((b) => b.name).join(', ')}.`,
  );
  process.exit(2);
}
const selected = BENCHMARKS.filter((b) => options.only.length === 0 || options.only.includes(b.name));

const machine = {
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  cpu: `${os.cpus()[0]?.model.trim() ?? 'unknown'} × ${os.availableParallelism()}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
};
const startedAt = new Date();
console.log(
  [
    `Thi đua, Khen thưởng số — benchmarks (${options.quick ? 'quick: rough figures' : 'full'})`,
    `${startedAt.toISOString()} · Node ${machine.node} · ${machine.platform} · ${machine.cpu} · ${machine.memoryGiB} GiB`,
    `PostgreSQL: ${options.postgresUrl ? redactUrl(options.postgresUrl) : 'not measured (set BENCH_DATABASE_URL)'}`,
    '',
  ].join('\n'),
);

const results: Record<string, unknown> = {};
for (const benchmark of selected) {
  progress(`${benchmark.name}…`);
  const report = await benchmark.run(options);
  console.log(section(benchmark.title, report));
  results[benchmark.name] = { ...report.figures, warnings: report.warnings };
}

await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
const json = {
  startedAt: startedAt.toISOString(),
  quick: options.quick,
  postgres: options.postgresUrl ? redactUrl(options.postgresUrl) : null,
  machine,
  benchmarks: results,
};
await writeFile(RESULTS_FILE, `${JSON.stringify(json, null, 2)}\n`);
console.log(`Figures written to ${path.relative(process.cwd(), RESULTS_FILE)}.`);
