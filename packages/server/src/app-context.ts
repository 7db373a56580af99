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

export interface AppContext {
  db: Database;
  mode: DatabaseMode;
  loginThrottle: LoginThrottle;
  sessionHours: number;
  cookieSecure: boolean;
}

export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
