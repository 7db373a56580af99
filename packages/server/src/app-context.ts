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

export type { TypedApp } from './http/typed-app';
