import type { FastifyRequest } from 'fastify';
import { canManageOrganisation, type Role } from '@thidua/domain';
import type { Database } from '../db/database';
import type { AdminUnitRow } from '../db/schema';
import { getAccessibleCommune } from '../records/commune-access';
import { routeRecordsBelongTo } from '../records/route-records';
import { forbidden, notFound } from './app-error';
import type { CurrentUser } from './current-user';
import { requireUser } from './request-user';
import type { TypedApp } from './typed-app';
import { isUuid } from './route-params';

declare module 'fastify' {
  interface FastifyRequest {
    /** The commune of a `/api/communes/:communeId/…` route, resolved once by the commune scope. */
    commune: AdminUnitRow | null;
    /** Whether the record ids the request names are the commune's (see `routeRecordsBelongTo`). */
    communeOwnsNamedRecords: (() => Promise<boolean>) | null;
  }
}

export const COMMUNE_PREFIX = '/api/communes/:communeId';

/**
 * The scope of every route holding one commune's data. Before anything else (body parsing and
 * validation included) it requires a signed-in user and resolves the commune in the URL: a commune
 * the user may not see answers 404, so an outsider learns nothing, not even that it exists.
 * Routes registered inside it are written relative to `/api/communes/:communeId`.
 */
export function communeScope(db: Database, registerRoutes: (scope: TypedApp) => void) {
  return async (scope: TypedApp) => {
    scope.decorateRequest('commune', null);
    scope.decorateRequest('communeOwnsNamedRecords', null);
    scope.addHook('onRequest', async (request) => {
      const user = requireUser(request);
      const { communeId } = request.params as { communeId?: string };
      if (!communeId || !isUuid(communeId)) throw notFound();
      request.commune = await getAccessibleCommune(db, user, communeId);
      request.communeOwnsNamedRecords = () =>
        routeRecordsBelongTo(
          db,
          communeId,
          request.routeOptions.url ?? '',
          request.params as Record<string, string>,
          request.body,
        );
    });
    registerRoutes(scope);
  };
}

/** The signed-in user and the commune of a request inside the commune scope. */
export function communeOf(request: FastifyRequest): { user: CurrentUser; commune: AdminUnitRow } {
  const user = requireUser(request);
  if (!request.commune) throw new Error('communeOf called outside the commune scope');
  return { user, commune: request.commune };
}

/**
 * As `communeOf`, for a change the user's role must allow (by default: the organisation records).
 * A role refused on an id that is not the commune's gets 404, as any outsider does.
 */
export async function managedCommuneOf(
  request: FastifyRequest,
  canManage: (role: Role) => boolean = canManageOrganisation,
): Promise<{ user: CurrentUser; commune: AdminUnitRow }> {
  const scoped = communeOf(request);
  if (canManage(scoped.user.role)) return scoped;
  if (!(await request.communeOwnsNamedRecords?.())) throw notFound();
  throw forbidden();
}
