import type { TestAppContext } from './test-app';
import type { TestClient } from './test-client';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One request on commune B's data that commune A's users must be refused. */
export interface Attempt {
  method: Method;
  /** The route as OpenAPI names it, to prove every route is covered. */
  route: string;
  url: (c: TestAppContext) => string;
  body?: (c: TestAppContext) => unknown;
  contentType?: string;
  /** Commune A's own URL with one of B's record ids: refused even to B's province. */
  mixed?: true;
}

/**
 * A feature's share of the tenancy test: records it makes in commune B (through B's officer, in
 * B's year `yearId`) and the attempts on them. Listed in `tenancy-cases.ts`.
 */
export interface TenancyCase {
  seed: (
    ctx: TestAppContext,
    officerB: TestClient,
    communeB: { id: string; yearId: string },
  ) => Promise<void>;
  attempts: Attempt[];
}

/** The attempts every commune-scoped record route gets: on B, and A's URL with B's id. */
export function attemptsOnRecord(
  method: Method,
  route: string,
  path: (communeId: string) => string,
  body?: (c: TestAppContext) => unknown,
): Attempt[] {
  return [
    { method, route, url: (c) => path(c.seed.communeB.id), body },
    { method, route, url: (c) => path(c.seed.communeA.id), body, mixed: true },
  ];
}
