import * as z from 'zod';
import {
  canManageUsers,
  pageSchemaOf,
  PagingQuerySchema,
  UserCreateInputSchema,
  UserSummarySchema,
  UserUpdateInputSchema,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { actorOf, requireUser, withRole } from '../../http/request-user';
import { getAccessibleUnit } from '../../records/unit-access';
import { createUser, findUsers, getUser, setUserDisabled, updateUser } from './users';

const IdParams = z.object({ id: z.uuid().describe('Mã định danh') });
const tags = ['Tài khoản'];

export function registerUserRoutes(app: TypedApp, ctx: AppContext): void {
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Danh sách tài khoản (quản trị viên)',
        querystring: PagingQuerySchema.extend({
          adminUnitId: z.uuid().optional().describe('Đơn vị hành chính'),
          q: z.string().trim().max(100).optional().describe('Tìm theo tên đăng nhập hoặc họ tên'),
        }),
        response: { 200: pageSchemaOf(UserSummarySchema) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      if (request.query.adminUnitId) await getAccessibleUnit(ctx.db, user, request.query.adminUnitId);
      return findUsers(ctx.db, withRole(user, canManageUsers), request.query);
    },
  );

  app.get(
    '/api/users/:id',
    { schema: { tags, summary: 'Một tài khoản', params: IdParams, response: { 200: UserSummarySchema } } },
    async (request) => {
      const user = requireUser(request);
      const { row: _row, ...summary } = await getUser(ctx.db, user, request.params.id);
      withRole(user, canManageUsers);
      return summary;
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Tạo tài khoản',
        body: UserCreateInputSchema,
        response: { 201: UserSummarySchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const unit = await getAccessibleUnit(ctx.db, user, request.body.adminUnitId);
      withRole(user, canManageUsers);
      return reply.status(201).send(await createUser(ctx.db, actorOf(user), unit, request.body, user.role));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Sửa họ tên, vai trò hoặc đặt lại mật khẩu',
        params: IdParams,
        body: UserUpdateInputSchema,
        response: { 200: UserSummarySchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return updateUser(ctx.db, actorOf(user), user, request.params.id, request.body);
    },
  );

  for (const [verb, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/api/users/:id/${verb}`,
      {
        schema: {
          tags,
          summary: disabled ? 'Khóa tài khoản' : 'Mở khóa tài khoản',
          params: IdParams,
          response: { 200: UserSummarySchema },
        },
      },
      async (request) => {
        const user = requireUser(request);
        return setUserDisabled(ctx.db, actorOf(user), user, request.params.id, disabled);
      },
    );
  }
}
