import * as z from 'zod';
import {
  canManageEmulationYear,
  EmulationYearDetailSchema,
  EmulationYearInputSchema,
  EmulationYearSummarySchema,
  EmulationYearUpdateSchema,
  IndicatorInputSchema,
  IndicatorOrderSchema,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf, managedCommuneOf } from '../../http/commune-scope';
import { CommuneParams, YearParams } from '../../http/route-params';
import { actorOf } from '../../http/request-user';
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
  app.get(
    '/years',
    {
      schema: {
        tags,
        summary: 'Các năm thi đua của xã, phường',
        params: CommuneParams,
        response: { 200: z.array(EmulationYearSummarySchema) },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return findEmulationYears(ctx.db, commune.id);
    },
  );

  app.post(
    '/years',
    {
      schema: {
        tags,
        summary: 'Mở năm thi đua với chủ đề của năm',
        params: CommuneParams,
        body: EmulationYearInputSchema,
        response: { 201: EmulationYearDetailSchema },
      },
    },
    async (request, reply) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      return reply
        .status(201)
        .send(await createEmulationYear(ctx.db, actorOf(user), commune.id, request.body));
    },
  );

  app.get(
    '/years/:yearId',
    {
      schema: {
        tags,
        summary: 'Năm thi đua với các chỉ tiêu và kết quả (đạt, vượt, chưa đạt)',
        params: YearParams,
        response: { 200: EmulationYearDetailSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return getEmulationYear(ctx.db, commune.id, request.params.yearId);
    },
  );

  app.patch(
    '/years/:yearId',
    {
      schema: {
        tags,
        summary: 'Sửa chủ đề hoặc chuyển giai đoạn của năm thi đua (khóa sổ khi kết thúc)',
        params: YearParams,
        body: EmulationYearUpdateSchema,
        response: { 200: EmulationYearDetailSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      return updateEmulationYear(ctx.db, actorOf(user), commune.id, request.params.yearId, request.body);
    },
  );

  app.post(
    '/years/:yearId/indicators',
    {
      schema: {
        tags,
        summary: 'Thêm chỉ tiêu của năm',
        params: YearParams,
        body: IndicatorInputSchema,
        response: { 201: EmulationYearDetailSchema },
      },
    },
    async (request, reply) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
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
    '/years/:yearId/indicators/:id',
    {
      schema: {
        tags,
        summary: 'Sửa chỉ tiêu, nhập số thực hiện',
        params: IndicatorParams,
        body: IndicatorInputSchema,
        response: { 200: EmulationYearDetailSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      const { yearId, id } = request.params;
      return updateIndicator(ctx.db, actorOf(user), commune.id, yearId, id, request.body);
    },
  );

  app.delete(
    '/years/:yearId/indicators/:id',
    {
      schema: {
        tags,
        summary: 'Xóa chỉ tiêu của năm',
        params: IndicatorParams,
        response: { 200: EmulationYearDetailSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      const { yearId, id } = request.params;
      return deleteIndicator(ctx.db, actorOf(user), commune.id, yearId, id);
    },
  );

  app.put(
    '/years/:yearId/indicator-order',
    {
      schema: {
        tags,
        summary: 'Sắp xếp thứ tự các chỉ tiêu của năm',
        params: YearParams,
        body: IndicatorOrderSchema,
        response: { 200: EmulationYearDetailSchema },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request, canManageEmulationYear);
      const { yearId } = request.params;
      return reorderIndicators(ctx.db, actorOf(user), commune.id, yearId, request.body.ids);
    },
  );
}
