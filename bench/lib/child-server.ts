import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT } from './paths';

const POLL_INTERVAL_MS = 20;
const READY_TIMEOUT_MS = 120_000;
const KILL_GRACE_MS = 5_000;
const OUTPUT_TAIL_CHARS = 4_000;

export interface ChildServer {
  readonly url: string;
  /** SIGTERM, then SIGKILL if the process is still there after 5 s; resolves once it has exited. */
  stop(): Promise<void>;
}

export interface StartedChild {
  server: ChildServer;
  /** From spawning the process to the first 200 answer on the ready path. */
  readyMs: number;
}

export interface ChildServerSpec {
  /** Arguments to `node`, run from the repository root. */
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  port: number;
  /** Polled every 20 ms until it answers 200. */
  readyPath: string;
}

// Should the benchmark die half-way, no server outlives it.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as net.AddressInfo;
  probe.close();
  await once(probe, 'close');
  return port;
}

export async function startChildServer(spec: ChildServerSpec): Promise<StartedChild> {
  const url = `http://127.0.0.1:${spec.port}`;
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, spec.args, {
    cwd: REPO_ROOT,
    env: spec.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);

  const server: ChildServer = { url, stop: () => stopChild(child) };
  try {
    await waitUntilOk(`${url}${spec.readyPath}`, child, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { server, readyMs: performance.now() - spawnedAt };
}

/** Runs `work` against a started server and stops the server whatever happens. */
export async function withServer<T>(
  starting: Promise<StartedChild>,
  work: (server: ChildServer) => Promise<T>,
): Promise<T> {
  const { server } = await starting;
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function waitUntilOk(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (hasExited(child)) {
      throw new Error(
        `the server exited (code ${child.exitCode ?? child.signalCode}) before answering ${url}:\n${output()}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(POLL_INTERVAL_MS);
  }
  throw new Error(`no 200 from ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (!hasExited(child)) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const killer = setTimeout(() => {
      process.stderr.write(
        `  ! process ${child.pid} ignored SIGTERM for ${KILL_GRACE_MS / 1000} s, sending SIGKILL\n`,
      );
      child.kill('SIGKILL');
    }, KILL_GRACE_MS);
    await exited;
    clearTimeout(killer);
  }
  running.delete(child);
}
