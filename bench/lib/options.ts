import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Shorter runs, for smoke checks: the figures are rougher. */
  quick: boolean;
  /** A PostgreSQL server to also measure against (BENCH_DATABASE_URL); scratch databases are created on it. */
  postgresUrl: string | undefined;
  /** Benchmarks to run; empty runs them all. */
  only: string[];
}

export function readOptions(argv = process.argv.slice(2), env = process.env): BenchOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { quick: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  return {
    quick: values.quick ?? false,
    postgresUrl: env.BENCH_DATABASE_URL || undefined,
    only: positionals,
  };
}

/** The URL without its password, fit for a report. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
