// Builds the web UI when its output is missing or older than any of its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const output = path.join(root, 'packages/web/dist/index.html');
const sources = [
  'packages/web/src',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/domain/src',
];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newestMtime(path.join(entry, name))));
}

export function ensureWebBuilt() {
  if (existsSync(output) && statSync(output).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  console.log('Đang dựng giao diện web (vite build)…');
  const result = spawnSync('npm', ['run', 'build', '-w', '@thidua/web'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Dựng giao diện web thất bại.');
    process.exit(result.status ?? 1);
  }
}
