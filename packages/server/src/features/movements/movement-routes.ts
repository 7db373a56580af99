import * as z from 'zod';
import {
  canManageEmulationYear,
  MovementDetailSchema,
  MovementInputSchema,
  MovementReviewInputSchema,
  MovementSummarySchema,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf, managedCommuneOf } from '../../http/commune-scope';
import { YearParams } from '../../http/route-params';
import { actorOf } from '../../http/request-user';
import {
  createMovement,
  createMovementReview,
  findMovements,
  getMovement,
  updateMovement,
  updateMovementReview,
} from './movements';

const MovementParams = YearParams.extend({ id: z.uuid().describe('Mã định danh phong trào') });
const ReviewParams = MovementParams.extend({
  reviewId: z.uuid().describe('Mã định danh báo cáo sơ kết, tổng kết'),
});
const tags = ['Phong trào thi đua'];

export function registerMovementRoutes(app: TypedApp, ctx: AppContext): void {
  const path = '/years/:yearId/movements';

  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'Các phong trào thi đua của năm',
        params: YearParams,
        response: { 200: z.array(MovementSummarySchema) },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return findMovements(ctx.db, commune.id, request.params.yearId);
    },
  );

  app.post(
    path,
    {
      schema: {
        tags,
        summary: 'Phát động hoặc tham gia một phong trào thi đua (cấp trên hoặc của xã, phường)',
        params: YearParams,
        body: MovementInputSchema,
        response: { 201: MovementDetailSchema },
      },
    },
    async (request, reply) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      const movement = await createMovement(
        ctx.db,
        actorOf(user),
        commune.id,
        request.params.yearId,
        request.body,
      );
      return reply.status(201).send(movement);
    },
  );

  app.get(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: 'Một phong trào với các lần sơ kết, tổng kết và tệp đính kèm',
        params: MovementParams,
        response: { 200: MovementDetailSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return getMovement(ctx.db, commune.id, request.params.yearId, request.params.id);
    },
  );

  app.put(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa phong trào thi đua',
        params: MovementParams,
        body: MovementInputSchema,
        response: { 200: MovementDetailSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      const { yearId, id } = request.params;
      return updateMovement(ctx.db, actorOf(user), commune.id, yearId, id, request.body);
    },
  );

  app.post(
    `${path}/:id/reviews`,
    {
      schema: {
        tags,
        summary: 'Ghi kết quả sơ kết hoặc tổng kết phong trào',
        params: MovementParams,
        body: MovementReviewInputSchema,
        response: { 201: MovementDetailSchema },
      },
    },
    async (request, reply) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      const { yearId, id } = request.params;
      const movement = await createMovementReview(
        ctx.db,
        actorOf(user),
        commune.id,
        yearId,
        id,
        request.body,
      );
      return reply.status(201).send(movement);
    },
  );

  app.put(
    `${path}/:id/reviews/:reviewId`,
    {
      schema: {
        tags,
        summary: 'Sửa kết quả sơ kết, tổng kết',
        params: ReviewParams,
        body: MovementReviewInputSchema,
        response: { 200: MovementDetailSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      const { yearId, id, reviewId } = request.params;
      return updateMovementReview(ctx.db, actorOf(user), commune.id, yearId, id, reviewId, request.body);
    },
  );
}
