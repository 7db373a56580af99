import * as z from 'zod';
import { canManageEmulationYear, PeriodTargetInputSchema } from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { CommuneParams } from '../../http/route-params';
import { actorOf, requireUser } from '../../http/request-user';
import type { CurrentUser } from '../../http/current-user';
import { getAccessibleCommune, getManagedCommune } from '../../records/commune-access';
import {
  createPeriodTarget,
  deletePeriodTarget,
  findPeriodTargets,
  updatePeriodTarget,
} from './period-targets';

const TargetParams = CommuneParams.extend({ id: z.uuid().describe('Mã định danh mục tiêu') });
const tags = ['Năm thi đua'];

/** Five-year targets (mục tiêu giai đoạn), kept by those who keep the emulation year. */
export function registerPeriodTargetRoutes(app: TypedApp, ctx: AppContext): void {
  const managedCommune = (user: CurrentUser, communeId: string) =>
    getManagedCommune(ctx.db, user, communeId, canManageEmulationYear);

  app.get(
    '/api/communes/:communeId/period-targets',
    {
      schema: {
        tags,
        summary: 'Các mục tiêu 5 năm của xã, phường, với số thực hiện từng năm và tiến độ',
        params: CommuneParams,
      },
    },
    async (request) => {
      const commune = await getAccessibleCommune(ctx.db, requireUser(request), request.params.communeId);
      return findPeriodTargets(ctx.db, commune.id);
    },
  );

  app.post(
    '/api/communes/:communeId/period-targets',
    {
      schema: { tags, summary: 'Thêm mục tiêu 5 năm', params: CommuneParams, body: PeriodTargetInputSchema },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const commune = await managedCommune(user, request.params.communeId);
      return reply
        .status(201)
        .send(await createPeriodTarget(ctx.db, actorOf(user), commune.id, request.body));
    },
  );

  app.put(
    '/api/communes/:communeId/period-targets/:id',
    {
      schema: { tags, summary: 'Sửa mục tiêu 5 năm', params: TargetParams, body: PeriodTargetInputSchema },
    },
    async (request) => {
      const user = requireUser(request);
      const commune = await managedCommune(user, request.params.communeId);
      return updatePeriodTarget(ctx.db, actorOf(user), commune.id, request.params.id, request.body);
    },
  );

  app.delete(
    '/api/communes/:communeId/period-targets/:id',
    {
      schema: {
        tags,
        summary: 'Xóa mục tiêu 5 năm chưa có chỉ tiêu năm nào theo dõi',
        params: TargetParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const commune = await managedCommune(user, request.params.communeId);
      await deletePeriodTarget(ctx.db, actorOf(user), commune.id, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
