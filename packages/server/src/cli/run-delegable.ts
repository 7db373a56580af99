import http from 'node:http';
import readline from 'node:readline';
import { DataFolderInUse } from '../db/data-folder-lock';
import { AppError } from '../http/app-error';
import type { Env } from '../env';
import {
  consoleOutput,
  runDelegableCommand,
  type CommandOutput,
  type DelegableCommand,
} from './delegable-commands';
import { LOCAL_COMMAND_PATH, LOCAL_SECRET_HEADER, type LocalCommandLine } from './local-command-server';
import { withDatabase } from './run-command';

/**
 * Runs the command on the database itself, or, when a running server holds the embedded data
 * folder, sends it to that server and prints what it answers. Sets the exit code either way.
 */
export async function runDelegable(env: Env, command: DelegableCommand): Promise<void> {
  try {
    await withDatabase(env, (database) => runDelegableCommand(database, command, consoleOutput));
  } catch (error) {
    const local = error instanceof DataFolderInUse ? error.holder.local : undefined;
    if (!local) throw error;
    process.exitCode = await sendToServer(error as DataFolderInUse, local, command, consoleOutput);
  }
}

async function sendToServer(
  busy: DataFolderInUse,
  local: { port: number; secret: string },
  command: DelegableCommand,
  output: CommandOutput,
): Promise<number> {
  const unreachable = () =>
    new AppError('DATA_FOLDER_SERVER_UNREACHABLE', 503, { dir: busy.dataDir, pid: busy.holder.pid });
  const body = JSON.stringify(command);
  // node:http rather than fetch: a long import or backup must not hit fetch's response timeouts.
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1',
      port: local.port,
      path: LOCAL_COMMAND_PATH,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        [LOCAL_SECRET_HEADER]: local.secret,
      },
    });
    request.on('response', resolve);
    request.on('error', () => reject(unreachable()));
    request.end(body);
  });
  if (response.statusCode !== 200) {
    response.resume();
    throw unreachable();
  }
  let exitCode: number | null = null;
  try {
    for await (const text of readline.createInterface({ input: response, crlfDelay: Infinity })) {
      if (!text) continue;
      const line = JSON.parse(text) as LocalCommandLine;
      if ('out' in line) output.out(line.out);
      else if ('err' in line) output.err(line.err);
      else exitCode = line.exitCode;
    }
  } catch {
    throw unreachable();
  }
  // The server stopped half-way: what it did is unknown to us, so say so rather than "done".
  if (exitCode === null) throw unreachable();
  return exitCode;
}
