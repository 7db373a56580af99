import {
  canManageEmulationYear,
  canManageOrganisation,
  ExemplarAdvanceSchema,
  ExemplarInputSchema,
  ExemplarListQuerySchema,
  ExemplarPageSchema,
  ExemplarViewSchema,
} from '@thidua/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf, managedCommuneOf } from '../../http/commune-scope';
import { actorOf } from '../../http/request-user';
import {
  advanceExemplarStage,
  createExemplar,
  findExemplars,
  getExemplar,
  undoExemplarLastStage,
  updateExemplar,
} from './exemplars';
import { RecordParams, YearParams } from '../../http/route-params';

/**
 * Exemplars are found and followed by the commune (officer, chair, province); undoing a stage is
 * a correction of the records, which is the officer's.
 */
export function registerExemplarRoutes(app: TypedApp, ctx: AppContext, tags: string[]): void {
  const path = '/years/:yearId/exemplars';
  /** The commune and the acting user, when the user's role may keep exemplars (403 otherwise). */
  const managedCommune = async (request: FastifyRequest, canKeep = canManageEmulationYear) => {
    const { user, commune } = await managedCommuneOf(request, canKeep);
    return { communeId: commune.id, actor: actorOf(user) };
  };

  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'Điển hình tiên tiến trong năm và giai đoạn của từng điển hình',
        params: YearParams,
        querystring: ExemplarListQuerySchema,
        response: { 200: ExemplarPageSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return findExemplars(ctx.db, commune.id, request.params.yearId, request.query);
    },
  );

  app.post(
    path,
    {
      schema: {
        tags,
        summary: 'Ghi nhận điển hình tiên tiến mới phát hiện',
        params: YearParams,
        body: ExemplarInputSchema,
        response: { 201: ExemplarViewSchema },
      },
    },
    async (request, reply) => {
      const { communeId, actor } = await managedCommune(request);
      const created = await createExemplar(ctx.db, actor, communeId, request.params.yearId, request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: 'Một điển hình tiên tiến',
        params: RecordParams,
        response: { 200: ExemplarViewSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return getExemplar(ctx.db, commune.id, request.params.yearId, request.params.id);
    },
  );

  app.put(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa điển hình tiên tiến',
        params: RecordParams,
        body: ExemplarInputSchema,
        response: { 200: ExemplarViewSchema },
      },
    },
    async (request) => {
      const { communeId, actor } = await managedCommune(request);
      const { yearId, id } = request.params;
      return updateExemplar(ctx.db, actor, communeId, yearId, id, request.body);
    },
  );

  app.post(
    `${path}/:id/advance`,
    {
      schema: {
        tags,
        summary: 'Chuyển điển hình sang giai đoạn kế tiếp (phát hiện – bồi dưỡng – tổng kết – nhân rộng)',
        params: RecordParams,
        body: ExemplarAdvanceSchema,
        response: { 200: ExemplarViewSchema },
      },
    },
    async (request) => {
      const { communeId, actor } = await managedCommune(request);
      const { yearId, id } = request.params;
      return advanceExemplarStage(ctx.db, actor, communeId, yearId, id, request.body);
    },
  );

  app.post(
    `${path}/:id/undo`,
    {
      schema: {
        tags,
        summary: 'Hoàn tác bước chuyển giai đoạn gần nhất (cán bộ thi đua)',
        params: RecordParams,
        response: { 200: ExemplarViewSchema },
      },
    },
    async (request) => {
      const { communeId, actor } = await managedCommune(request, canManageOrganisation);
      const { yearId, id } = request.params;
      return undoExemplarLastStage(ctx.db, actor, communeId, yearId, id);
    },
  );
}
