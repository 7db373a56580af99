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
  const user = requireUser(request);
  if (!allowed(user.role)) throw forbidden();
  return user;
}

export const actorOf = (user: CurrentUser): Actor => ({
  id: user.id,
  name: `${user.displayName} (${user.username})`,
});
