import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, DatabaseMode } from './db/database';
import type { LoginThrottle } from './features/auth/login-throttle';
import type { ImportJobs } from './features/imports/import-jobs';

export interface AppContext {
  db: Database;
  mode: DatabaseMode;
  loginThrottle: LoginThrottle;
  sessionHours: number;
  cookieSecure: boolean;
  importJobs: ImportJobs;
}

export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
