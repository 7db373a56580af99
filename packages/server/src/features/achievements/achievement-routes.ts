import * as z from 'zod';
import {
  AchievementInputSchema,
  AchievementListQuerySchema,
  AchievementPageSchema,
  AchievementViewSchema,
  SubjectAchievementsSchema,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf } from '../../http/commune-scope';
import { createAchievement, findAchievements, getAchievement, updateAchievement } from './achievements';
import { registerExemplarRoutes } from './exemplar-routes';
import { registerInitiativeRoutes } from './initiative-routes';
import { CommuneParams, RecordParams, YearParams } from '../../http/route-params';
import { getPersonAchievements, getUnitAchievements } from './subject-achievements';

const tags = ['Thành tích, sáng kiến, điển hình'];

/** Achievements, initiatives and exemplars of a year, and a person's or unit's across the years. */
export function registerAchievementRoutes(app: TypedApp, ctx: AppContext): void {
  const path = '/years/:yearId/achievements';

  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'Thành tích trong năm (lọc theo cá nhân, tập thể, đơn vị)',
        params: YearParams,
        querystring: AchievementListQuerySchema,
        response: { 200: AchievementPageSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return findAchievements(ctx.db, commune.id, request.params.yearId, request.query);
    },
  );

  app.post(
    path,
    {
      schema: {
        tags,
        summary: 'Ghi nhận thành tích của cá nhân hoặc tập thể',
        params: YearParams,
        body: AchievementInputSchema,
        response: { 201: AchievementViewSchema },
      },
    },
    async (request, reply) => {
      const { user, commune } = communeOf(request);
      const created = await createAchievement(ctx.db, user, commune.id, request.params.yearId, request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: 'Một thành tích',
        params: RecordParams,
        response: { 200: AchievementViewSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return getAchievement(ctx.db, commune.id, request.params.yearId, request.params.id);
    },
  );

  app.put(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa thành tích',
        params: RecordParams,
        body: AchievementInputSchema,
        response: { 200: AchievementViewSchema },
      },
    },
    async (request) => {
      const { user, commune } = communeOf(request);
      const { yearId, id } = request.params;
      return updateAchievement(ctx.db, user, commune.id, yearId, id, request.body);
    },
  );

  app.get(
    '/people/:personId/achievements',
    {
      schema: {
        tags,
        summary: 'Thành tích, sáng kiến, điển hình của một cá nhân qua các năm',
        params: CommuneParams.extend({ personId: z.uuid().describe('Mã định danh cá nhân') }),
        response: { 200: SubjectAchievementsSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return getPersonAchievements(ctx.db, commune.id, request.params.personId);
    },
  );

  app.get(
    '/units/:unitId/achievements',
    {
      schema: {
        tags,
        summary: 'Thành tích, điển hình của một tập thể và sáng kiến của cán bộ đơn vị qua các năm',
        params: CommuneParams.extend({ unitId: z.uuid().describe('Mã định danh đơn vị') }),
        response: { 200: SubjectAchievementsSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return getUnitAchievements(ctx.db, commune.id, request.params.unitId);
    },
  );

  registerInitiativeRoutes(app, ctx, tags);
  registerExemplarRoutes(app, ctx, tags);
}
