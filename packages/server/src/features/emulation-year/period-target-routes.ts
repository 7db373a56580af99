import * as z from 'zod';
import { canManageEmulationYear, PeriodTargetInputSchema, PeriodTargetViewSchema } from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf, managedCommuneOf } from '../../http/commune-scope';
import { CommuneParams } from '../../http/route-params';
import { actorOf } from '../../http/request-user';
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
  app.get(
    '/period-targets',
    {
      schema: {
        tags,
        summary: 'Các mục tiêu 5 năm của xã, phường, với số thực hiện từng năm và tiến độ',
        params: CommuneParams,
        response: { 200: z.array(PeriodTargetViewSchema) },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return findPeriodTargets(ctx.db, commune.id);
    },
  );

  app.post(
    '/period-targets',
    {
      schema: {
        tags,
        summary: 'Thêm mục tiêu 5 năm',
        params: CommuneParams,
        body: PeriodTargetInputSchema,
        response: { 201: PeriodTargetViewSchema },
      },
    },
    async (request, reply) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      return reply
        .status(201)
        .send(await createPeriodTarget(ctx.db, actorOf(user), commune.id, request.body));
    },
  );

  app.put(
    '/period-targets/:id',
    {
      schema: {
        tags,
        summary: 'Sửa mục tiêu 5 năm',
        params: TargetParams,
        body: PeriodTargetInputSchema,
        response: { 200: PeriodTargetViewSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      return updatePeriodTarget(ctx.db, actorOf(user), commune.id, request.params.id, request.body);
    },
  );

  app.delete(
    '/period-targets/:id',
    {
      schema: {
        tags,
        summary: 'Xóa mục tiêu 5 năm chưa có chỉ tiêu năm nào theo dõi',
        params: TargetParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      await deletePeriodTarget(ctx.db, actorOf(user), commune.id, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
