import type { BenchOptions } from './options';

/** What a benchmark hands back: readable lines, warnings that cast doubt on the figures, and the figures. */
export interface BenchmarkReport {
  lines: string[];
  warnings: string[];
  figures: Record<string, unknown>;
}

export interface Benchmark {
  name: string;
  title: string;
  run(options: BenchOptions): Promise<BenchmarkReport>;
}

export const format = {
  ms: (value: number, decimals = value < 100 ? 1 : 0) =>
    `${value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} ms`,
  rps: (value: number) => `${Math.round(value).toLocaleString('en-US')} req/s`,
  count: (value: number) => value.toLocaleString('en-US'),
  ratio: (value: number) =>
    Number.isFinite(value) ? `${value.toPrecision(3)}× (${(value * 100).toPrecision(3)} %)` : 'n/a',
};

/** Left-aligns the first column and right-aligns the others. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('   ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

export function section(title: string, report: BenchmarkReport): string {
  const body = [...report.lines, ...report.warnings.map((warning) => `WARNING: ${warning}`)];
  return [title, '-'.repeat(title.length), ...body, ''].join('\n');
}

/** Progress goes to stderr, so that stdout holds only the report. */
export function progress(message: string): void {
  process.stderr.write(`  … ${message}\n`);
}
