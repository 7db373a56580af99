import path from 'node:path';
import * as z from 'zod';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  DATABASE_URL: z.url().optional().describe('DATABASE_URL'),
  THIDUA_DATA_DIR: z.string().min(1).default('./data').describe('THIDUA_DATA_DIR'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000).describe('PORT'),
  HOST: z.string().min(1).default('127.0.0.1').describe('HOST'),
  THIDUA_DEMO: z.enum(['auto', 'off']).default('auto').describe('THIDUA_DEMO'),
  THIDUA_COOKIE_SECURE: booleanString.default(false).describe('THIDUA_COOKIE_SECURE'),
  THIDUA_SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(12).describe('THIDUA_SESSION_HOURS'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

/** Reads and checks the environment once, at boot, listing every bad variable at once. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Biến môi trường không hợp lệ:\n${lines.join('\n')}`);
  }
  return { ...result.data, THIDUA_DATA_DIR: path.resolve(result.data.THIDUA_DATA_DIR) };
}
