import {
  canManageOrganisation,
  InitiativeInputSchema,
  InitiativeListQuerySchema,
  InitiativePageSchema,
  InitiativeRecognitionSchema,
  InitiativeViewSchema,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf, managedCommuneOf } from '../../http/commune-scope';
import {
  createInitiative,
  findInitiatives,
  getInitiative,
  recogniseInitiative,
  updateInitiative,
} from './initiatives';
import { RecordParams, YearParams } from '../../http/route-params';

export function registerInitiativeRoutes(app: TypedApp, ctx: AppContext, tags: string[]): void {
  const path = '/years/:yearId/initiatives';

  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'Sáng kiến trong năm (lọc theo tác giả, đơn vị, đã công nhận)',
        params: YearParams,
        querystring: InitiativeListQuerySchema,
        response: { 200: InitiativePageSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return findInitiatives(ctx.db, commune.id, request.params.yearId, request.query);
    },
  );

  app.post(
    path,
    {
      schema: {
        tags,
        summary: 'Đăng ký sáng kiến (tác giả, trưởng đơn vị của tác giả hoặc cán bộ thi đua)',
        params: YearParams,
        body: InitiativeInputSchema,
        response: { 201: InitiativeViewSchema },
      },
    },
    async (request, reply) => {
      const { user, commune } = communeOf(request);
      const created = await createInitiative(ctx.db, user, commune.id, request.params.yearId, request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: 'Một sáng kiến',
        params: RecordParams,
        response: { 200: InitiativeViewSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return getInitiative(ctx.db, commune.id, request.params.yearId, request.params.id);
    },
  );

  app.put(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa sáng kiến',
        params: RecordParams,
        body: InitiativeInputSchema,
        response: { 200: InitiativeViewSchema },
      },
    },
    async (request) => {
      const { user, commune } = communeOf(request);
      const { yearId, id } = request.params;
      return updateInitiative(ctx.db, user, commune.id, yearId, id, request.body);
    },
  );

  app.put(
    `${path}/:id/recognition`,
    {
      schema: {
        tags,
        summary: 'Ghi nhận (hoặc bỏ) việc công nhận sáng kiến: cấp, ngày, số quyết định',
        params: RecordParams,
        body: InitiativeRecognitionSchema,
        response: { 200: InitiativeViewSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canManageOrganisation);
      const { yearId, id } = request.params;
      return recogniseInitiative(ctx.db, user, commune.id, yearId, id, request.body);
    },
  );
}
