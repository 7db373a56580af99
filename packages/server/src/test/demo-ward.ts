import { afterAll, beforeAll } from 'vitest';
import type { DatabaseMode } from '../db/database';
import { buildApp, type AppOptions } from '../app';
import type { TypedApp } from '../app-context';
import { loadDemo } from '../features/demo/load-demo';
import { DEMO_PASSWORD } from '../features/demo/demo-data';
import { createTestDatabase, type TestDatabase } from './test-database';
import { TestClient } from './test-client';

export interface DemoWardContext {
  database: TestDatabase;
  app: TypedApp;
  /** The demo officer (`canbo`), signed in. */
  officer: TestClient;
  communeId: string;
  /** `/api/communes/<demo ward>` */
  base: string;
  /** The running year 2026. */
  yearId: string;
}

/** A fresh database of the given mode holding the demo ward, and the app on it, for one describe block. */
export function useDemoWard(mode: DatabaseMode, options: Partial<AppOptions> = {}): DemoWardContext {
  const ctx = {} as DemoWardContext;
  beforeAll(async () => {
    ctx.database = await createTestDatabase(mode);
    await loadDemo(ctx.database.db);
    ctx.app = await buildApp({ database: ctx.database, logLevel: 'silent', webDist: null, ...options });
    await ctx.app.ready();
    ctx.officer = await TestClient.signedIn(ctx.app, 'canbo', DEMO_PASSWORD);
    ctx.communeId = (await ctx.officer.get('/api/auth/session')).json().user.adminUnit.id;
    ctx.base = `/api/communes/${ctx.communeId}`;
    const years = (await ctx.officer.get(`${ctx.base}/years`)).json() as { id: string; year: number }[];
    ctx.yearId = years.find((y) => y.year === 2026)!.id;
  }, 120_000);
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.close();
  });
  return ctx;
}

/** The id of the first record a list answers (paged or not). */
export async function firstId(client: TestClient, url: string): Promise<string> {
  const body = (await client.get(url)).json() as { id: string }[] | { items: { id: string }[] };
  const items = Array.isArray(body) ? body : body.items;
  if (!items[0]) throw new Error(`no record at ${url}`);
  return items[0].id;
}
