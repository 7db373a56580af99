import { afterAll, beforeAll } from 'vitest';
import type { DatabaseMode } from '../db/database';
import { buildApp, type AppOptions } from '../app';
import type { TypedApp } from '../app-context';
import { createTestDatabase, type TestDatabase } from './test-database';
import { seedTwoCommunes, type TwoCommunes } from './fixtures';

export interface TestAppContext {
  database: TestDatabase;
  app: TypedApp;
  seed: TwoCommunes;
}

/** A fresh database of the given mode with two communes seeded, and the app on it, for one describe block. */
export function useTestApp(mode: DatabaseMode, options: Partial<AppOptions> = {}): TestAppContext {
  const ctx = {} as TestAppContext;
  beforeAll(async () => {
    ctx.database = await createTestDatabase(mode);
    ctx.app = await buildApp({ database: ctx.database, logLevel: 'silent', webDist: null, ...options });
    await ctx.app.ready();
    ctx.seed = await seedTwoCommunes(ctx.database.db);
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.close();
  });
  return ctx;
}
