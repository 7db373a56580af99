import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './paths';

/** `vite build` of the web UI, so that the figures are those of the sources as they are now. */
export function buildWeb(): void {
  const result = spawnSync('npm', ['run', 'build', '-w', '@thidua/web'], { cwd: REPO_ROOT, stdio: 'ignore' });
  if (result.status !== 0) throw new Error('vite build failed: run `npm run build` to see why');
}
