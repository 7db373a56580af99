import { eq } from 'drizzle-orm';
import * as z from 'zod';
import {
  LoginInputSchema,
  ROLE_LABELS,
  SessionResponseSchema,
  type SessionResponse,
  type SessionUser,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { users } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { actorOf } from '../../http/request-user';
import { recordAudit } from '../../records/record-audit';
import { verifyPassword } from './passwords';
import type { CurrentUser } from '../../http/current-user';
import { createSession, deleteSession, findSessionUser, SESSION_COOKIE } from './sessions';

const sessionView = (user: CurrentUser | null): SessionUser | null =>
  user && {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    adminUnit: user.adminUnit,
    unitId: user.unitId,
    personId: user.personId,
  };

export function registerAuthRoutes(app: TypedApp, ctx: AppContext): void {
  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Người đang đăng nhập và mã chống giả mạo yêu cầu (CSRF)',
        response: { 200: SessionResponseSchema },
      },
    },
    async (request, reply): Promise<SessionResponse> => ({
      user: sessionView(request.user),
      csrfToken: reply.generateCsrf(),
    }),
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đăng nhập',
        body: LoginInputSchema,
        response: { 200: SessionResponseSchema },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      // Counted before the password is checked: a failure keeps the count, a right password returns it.
      await ctx.loginThrottle.beginAttempt(username, request.ip);
      const [row] = await ctx.db.select().from(users).where(eq(users.username, username)).limit(1);
      if (!(await verifyPassword(row?.passwordHash, password)) || !row)
        throw new AppError('AUTH_INVALID_CREDENTIALS', 401);
      await ctx.loginThrottle.recordSuccess(username, request.ip);
      if (row.disabledAt) throw new AppError('AUTH_ACCOUNT_DISABLED', 403);
      const session = await createSession(ctx.db, row.id, ctx.sessionHours);
      const user = (await findSessionUser(ctx.db, session.token))!;
      await recordAudit(ctx.db, actorOf(user), {
        adminUnitId: user.adminUnit.id,
        action: 'sign_in',
        entity: 'user',
        entityId: user.id,
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.cookieSecure,
        expires: session.expiresAt,
      });
      const answer: SessionResponse = { user: sessionView(user), csrfToken: reply.generateCsrf() };
      return answer;
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['Đăng nhập'], summary: 'Đăng xuất', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(ctx.db, token);
      if (request.user) {
        await recordAudit(ctx.db, actorOf(request.user), {
          adminUnitId: request.user.adminUnit.id,
          action: 'sign_out',
          entity: 'user',
          entityId: request.user.id,
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}
