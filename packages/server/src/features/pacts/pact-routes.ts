import * as z from 'zod';
import { canManageEmulationYear, PactDetailSchema, PactInputSchema, PactSummarySchema } from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf, managedCommuneOf } from '../../http/commune-scope';
import { YearParams } from '../../http/route-params';
import { actorOf } from '../../http/request-user';
import { createPact, findPacts, getPact, updatePact } from './pacts';

const PactParams = YearParams.extend({ id: z.uuid().describe('Mã định danh giao ước') });
const tags = ['Giao ước thi đua'];

export function registerPactRoutes(app: TypedApp, ctx: AppContext): void {
  const path = '/years/:yearId/pacts';

  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'Các giao ước thi đua của năm',
        params: YearParams,
        response: { 200: z.array(PactSummarySchema) },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return findPacts(ctx.db, commune.id, request.params.yearId);
    },
  );

  app.post(
    path,
    {
      schema: {
        tags,
        summary: 'Ghi giao ước thi đua giữa Chủ tịch UBND và các cơ quan, đoàn thể',
        params: YearParams,
        body: PactInputSchema,
        response: { 201: PactDetailSchema },
      },
    },
    async (request, reply) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      const pact = await createPact(ctx.db, actorOf(user), commune.id, request.params.yearId, request.body);
      return reply.status(201).send(pact);
    },
  );

  app.get(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: 'Một giao ước với các bên ký kết và tệp đính kèm',
        params: PactParams,
        response: { 200: PactDetailSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return getPact(ctx.db, commune.id, request.params.yearId, request.params.id);
    },
  );

  app.put(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa giao ước thi đua (danh sách bên ký kết được thay cả)',
        params: PactParams,
        body: PactInputSchema,
        response: { 200: PactDetailSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      const { yearId, id } = request.params;
      return updatePact(ctx.db, actorOf(user), commune.id, yearId, id, request.body);
    },
  );
}
