import * as z from 'zod';
import {
  canManageEmulationYear,
  EmulationYearInputSchema,
  EmulationYearUpdateSchema,
  IndicatorInputSchema,
  IndicatorOrderSchema,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { CommuneParams, YearParams } from '../../http/route-params';
import { actorOf, requireUser } from '../../http/request-user';
import type { CurrentUser } from '../../http/current-user';
import { getAccessibleCommune, getManagedCommune } from '../../records/commune-access';
import {
  createEmulationYear,
  findEmulationYears,
  getEmulationYear,
  updateEmulationYear,
} from './emulation-years';
import { createIndicator, deleteIndicator, reorderIndicators, updateIndicator } from './indicators';

const IndicatorParams = YearParams.extend({ id: z.uuid().describe('Mã định danh chỉ tiêu') });
const tags = ['Năm thi đua'];

export function registerEmulationYearRoutes(app: TypedApp, ctx: AppContext): void {
  /** The commune, if the user may see it and keep its year. */
  const managedCommune = (user: CurrentUser, communeId: string) =>
    getManagedCommune(ctx.db, user, communeId, canManageEmulationYear);

  app.get(
    '/api/communes/:communeId/years',
    { schema: { tags, summary: 'Các năm thi đua của xã, phường', params: CommuneParams } },
    async (request) => {
      const commune = await getAccessibleCommune(ctx.db, requireUser(request), request.params.communeId);
      return findEmulationYears(ctx.db, commune.id);
    },
  );

  app.post(
    '/api/communes/:communeId/years',
    {
      schema: {
        tags,
        summary: 'Mở năm thi đua với chủ đề của năm',
        params: CommuneParams,
        body: EmulationYearInputSchema,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const commune = await managedCommune(user, request.params.communeId);
      return reply
        .status(201)
        .send(await createEmulationYear(ctx.db, actorOf(user), commune.id, request.body));
    },
  );

  app.get(
    '/api/communes/:communeId/years/:yearId',
    {
      schema: {
        tags,
        summary: 'Năm thi đua với các chỉ tiêu và kết quả (đạt, vượt, chưa đạt)',
        params: YearParams,
      },
    },
    async (request) => {
      const commune = await getAccessibleCommune(ctx.db, requireUser(request), request.params.communeId);
      return getEmulationYear(ctx.db, commune.id, request.params.yearId);
    },
  );

  app.patch(
    '/api/communes/:communeId/years/:yearId',
    {
      schema: {
        tags,
        summary: 'Sửa chủ đề hoặc chuyển giai đoạn của năm thi đua (khóa sổ khi kết thúc)',
        params: YearParams,
        body: EmulationYearUpdateSchema,
      },
    },
    async (request) => {
      const user = requireUser(request);
      const commune = await managedCommune(user, request.params.communeId);
      return updateEmulationYear(ctx.db, actorOf(user), commune.id, request.params.yearId, request.body);
    },
  );

  app.post(
    '/api/communes/:communeId/years/:yearId/indicators',
    { schema: { tags, summary: 'Thêm chỉ tiêu của năm', params: YearParams, body: IndicatorInputSchema } },
    async (request, reply) => {
      const user = requireUser(request);
      const commune = await managedCommune(user, request.params.communeId);
      const year = await createIndicator(
        ctx.db,
        actorOf(user),
        commune.id,
        request.params.yearId,
        request.body,
      );
      return reply.status(201).send(year);
    },
  );

  app.put(
    '/api/communes/:communeId/years/:yearId/indicators/:id',
    {
      schema: {
        tags,
        summary: 'Sửa chỉ tiêu, nhập số thực hiện',
        params: IndicatorParams,
        body: IndicatorInputSchema,
      },
    },
    async (request) => {
      const user = requireUser(request);
      const commune = await managedCommune(user, request.params.communeId);
      const { yearId, id } = request.params;
      return updateIndicator(ctx.db, actorOf(user), commune.id, yearId, id, request.body);
    },
  );

  app.delete(
    '/api/communes/:communeId/years/:yearId/indicators/:id',
    { schema: { tags, summary: 'Xóa chỉ tiêu của năm', params: IndicatorParams } },
    async (request) => {
      const user = requireUser(request);
      const commune = await managedCommune(user, request.params.communeId);
      const { yearId, id } = request.params;
      return deleteIndicator(ctx.db, actorOf(user), commune.id, yearId, id);
    },
  );

  app.put(
    '/api/communes/:communeId/years/:yearId/indicator-order',
    {
      schema: {
        tags,
        summary: 'Sắp xếp thứ tự các chỉ tiêu của năm',
        params: YearParams,
        body: IndicatorOrderSchema,
      },
    },
    async (request) => {
      const user = requireUser(request);
      const commune = await managedCommune(user, request.params.communeId);
      const { yearId } = request.params;
      return reorderIndicators(ctx.db, actorOf(user), commune.id, yearId, request.body.ids);
    },
  );
}
