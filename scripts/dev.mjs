// npm run dev: the API server on :3000 and Vite's dev server (hot reload, /api proxied to :3000).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './web-build.mjs';

const children = [
  spawn(process.execPath, [path.join(root, 'packages/server/bin/thidua.js'), 'start', '--port', '3000'], {
    cwd: root,
    stdio: 'inherit',
  }),
  // Vite itself rather than `npm run`, which would not pass the stop signal on.
  spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js')], {
    cwd: path.join(root, 'packages/web'),
    stdio: 'inherit',
  }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
