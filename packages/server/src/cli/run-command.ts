import { fieldErrors, messageFor, summariseFieldErrors } from '@thidua/domain';
import { Option } from 'commander';
import type * as z from 'zod';
import { openDatabase, type DatabaseHandle } from '../db/database';
import { databaseConfig } from '../database-config';
import { EnvError, readEnv, type Env } from '../env';
import { AppError } from '../http/app-error';

export const dataOption = () =>
  new Option('--data <thư mục>', 'thư mục dữ liệu PGlite (mặc định ./data hoặc THIDUA_DATA_DIR)');

/** Exit codes: 0 done, 1 failure on our side or the environment's, 2 bad input (arguments or file). */
export class CliInputError extends Error {}

export function envWith(overrides: {
  data?: string | undefined;
  port?: string | undefined;
  host?: string | undefined;
}): Env {
  return readEnv({
    ...process.env,
    ...(overrides.data ? { THIDUA_DATA_DIR: overrides.data } : {}),
    ...(overrides.port ? { PORT: overrides.port } : {}),
    ...(overrides.host ? { HOST: overrides.host } : {}),
  });
}

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new CliInputError(summariseFieldErrors(fieldErrors(schema, result.error.issues)));
  return result.data;
}

/** Opens and migrates the configured database, runs `work`, closes it, and turns errors into Vietnamese lines. */
export async function withDatabase(
  env: Env,
  work: (database: DatabaseHandle) => Promise<void>,
): Promise<void> {
  const database = await openDatabase(databaseConfig(env));
  try {
    await database.migrate();
    await work(database);
  } finally {
    await database.close();
  }
}

/** The Vietnamese lines an error prints and the exit code it ends with (also what a delegated command answers). */
export function explainCliError(error: unknown): { lines: string[]; exitCode: number } {
  if (error instanceof AppError) {
    const lines = [`Lỗi: ${messageFor(error.code, error.params)}`];
    for (const message of Object.values(error.fields ?? {})) lines.push(`  ${message}`);
    return { lines, exitCode: error.status >= 500 ? 1 : 2 };
  }
  if (error instanceof CliInputError || error instanceof EnvError) {
    return { lines: [`Lỗi: ${error.message}`], exitCode: 2 };
  }
  // A database error's message holds the failed query and then its parameters (a restore's would be
  // every identification number of a batch): only the first line, shortened, reaches the terminal.
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
  return { lines: [`Lỗi: không thực hiện được lệnh (${detail}).`], exitCode: 1 };
}

export function reportCliError(error: unknown): number {
  const { lines, exitCode } = explainCliError(error);
  for (const line of lines) console.error(line);
  return exitCode;
}
