import * as z from 'zod';
import {
  AdminUnitDetailSchema,
  AdminUnitSummarySchema,
  canEditCommuneProfile,
  canManageCommunes,
  CommuneCreateInputSchema,
  CommuneUpdateInputSchema,
  pageSchemaOf,
  PagingQuerySchema,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { forbidden } from '../../http/app-error';
import { actorOf, requireRole, requireUser } from '../../http/request-user';
import { getAccessibleUnit } from '../../records/unit-access';
import { createCommune, findCommunes, getAdminUnitDetail, updateCommune } from './admin-units';

const IdParams = z.object({ id: z.uuid().describe('Mã định danh') });
const tags = ['Đơn vị hành chính'];

export function registerAdminUnitRoutes(app: TypedApp, ctx: AppContext): void {
  app.get(
    '/api/communes',
    {
      schema: {
        tags,
        summary: 'Danh sách xã, phường được xem',
        querystring: PagingQuerySchema.extend({
          q: z.string().trim().max(100).optional().describe('Tìm theo tên hoặc mã'),
        }),
        response: { 200: pageSchemaOf(AdminUnitSummarySchema) },
      },
    },
    async (request) => findCommunes(ctx.db, requireUser(request), request.query),
  );

  app.get(
    '/api/admin-units/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết đơn vị hành chính, kể cả các đơn vị đã sáp nhập vào',
        params: IdParams,
        response: { 200: AdminUnitDetailSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return getAdminUnitDetail(ctx.db, await getAccessibleUnit(ctx.db, user, request.params.id));
    },
  );

  app.post(
    '/api/communes',
    {
      schema: {
        tags,
        summary: 'Thêm xã, phường (cấp tỉnh)',
        body: CommuneCreateInputSchema,
        response: { 201: AdminUnitDetailSchema },
      },
    },
    async (request, reply) => {
      const user = requireRole(request, canManageCommunes);
      return reply.status(201).send(await createCommune(ctx.db, actorOf(user), user, request.body));
    },
  );

  app.patch(
    '/api/admin-units/:id',
    {
      schema: {
        tags,
        summary: 'Sửa tên, địa chỉ của xã, phường',
        params: IdParams,
        body: CommuneUpdateInputSchema,
        response: { 200: AdminUnitDetailSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const unit = await getAccessibleUnit(ctx.db, user, request.params.id);
      if (!canEditCommuneProfile(user.role)) throw forbidden();
      if (request.body.name !== undefined && !canManageCommunes(user.role)) throw forbidden();
      return updateCommune(ctx.db, actorOf(user), unit, request.body);
    },
  );
}
