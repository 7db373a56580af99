import type { FastifyRequest } from 'fastify';
import { AppError, forbidden } from './app-error';
import type { CurrentUser } from '../http/current-user';
import type { Actor } from '../records/record-audit';
import type { Role } from '@thidua/domain';

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
  }
}

export function requireUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw new AppError('AUTH_REQUIRED', 401);
  return request.user;
}

export function requireRole(request: FastifyRequest, allowed: (role: Role) => boolean): CurrentUser {
  return withRole(requireUser(request), allowed);
}

/** The user, when their role allows the action; 403 otherwise (check what they may see first: outsiders get 404). */
export function withRole(user: CurrentUser, allowed: (role: Role) => boolean): CurrentUser {
  if (!allowed(user.role)) throw forbidden();
  return user;
}

export const actorOf = (user: CurrentUser): Actor => ({
  id: user.id,
  name: `${user.displayName} (${user.username})`,
});
