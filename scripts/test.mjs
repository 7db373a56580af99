// npm test: makes sure Debian's Chromium is there (never a downloaded browser), builds the web UI,
// then runs every suite: domain unit tests, API integration tests (PGlite, and PostgreSQL when
// TEST_DATABASE_URL or DATABASE_URL is set) and the browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureWebBuilt, root } from './web-build.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `Thiếu trình duyệt Chromium (${CHROMIUM}) cho kiểm thử giao diện. Cài bằng lệnh:\n  sudo apt-get install -y chromium`,
    );
    process.exit(1);
  }
  console.log('Đang cài Chromium của Debian (apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) {
      console.error('Cài Chromium thất bại. Hãy chạy: apt-get update && apt-get install -y chromium');
      process.exit(1);
    }
  }
}

ensureChromium();
ensureWebBuilt();

const results = path.join(root, 'node_modules/.cache/thidua-test-results.json');
rmSync(results, { force: true });
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: CHROMIUM } },
);
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  const mode = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? 'PGlite + PostgreSQL' : 'PGlite';
  console.log(`\nCơ sở dữ liệu kiểm thử: ${mode}`);
  console.log(
    `${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests + summary.numTodoTests} skipped`,
  );
}
process.exit(run.status ?? 1);
