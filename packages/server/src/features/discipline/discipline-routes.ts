import * as z from 'zod';
import {
  canManageDisciplines,
  DisciplineInputSchema,
  DisciplineListQuerySchema,
  DisciplineViewSchema,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf, managedCommuneOf } from '../../http/commune-scope';
import { CommuneParams } from '../../http/route-params';
import { actorOf } from '../../http/request-user';
import { createDiscipline, findDisciplines, updateDiscipline } from './disciplines';

const DisciplineParams = CommuneParams.extend({ id: z.uuid().describe('Mã định danh quyết định kỷ luật') });
const tags = ['Kỷ luật'];

export function registerDisciplineRoutes(app: TypedApp, ctx: AppContext): void {
  app.get(
    '/disciplines',
    {
      schema: {
        tags,
        summary: 'Các quyết định kỷ luật cán bộ, công chức (cả năm hoặc của một người)',
        params: CommuneParams,
        querystring: DisciplineListQuerySchema,
        response: { 200: z.array(DisciplineViewSchema) },
      },
    },
    async (request) => {
      const { user, commune } = communeOf(request);
      return findDisciplines(ctx.db, user, commune.id, request.query);
    },
  );

  app.post(
    '/disciplines',
    {
      schema: {
        tags,
        summary: 'Ghi nhận quyết định kỷ luật',
        params: CommuneParams,
        body: DisciplineInputSchema,
        response: { 201: DisciplineViewSchema },
      },
    },
    async (request, reply) => {
      const { user, commune } = await managedCommuneOf(request, canManageDisciplines);
      return reply.status(201).send(await createDiscipline(ctx.db, actorOf(user), commune.id, request.body));
    },
  );

  app.put(
    '/disciplines/:id',
    {
      schema: {
        tags,
        summary: 'Sửa quyết định kỷ luật',
        params: DisciplineParams,
        body: DisciplineInputSchema,
        response: { 200: DisciplineViewSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canManageDisciplines);
      return updateDiscipline(ctx.db, actorOf(user), commune.id, request.params.id, request.body);
    },
  );
}
