import type { FastifyRequest } from 'fastify';
import * as z from 'zod';
import {
  BulkRegistrationInputSchema,
  BulkRegistrationResultSchema,
  MyRegistrationsSchema,
  RegistrationEventViewSchema,
  RegistrationFilterSchema,
  RegistrationInputSchema,
  RegistrationListQuerySchema,
  RegistrationPageSchema,
  RegistrationResubmitSchema,
  RegistrationReturnSchema,
  RegistrationTitleCountSchema,
  RegistrationViewSchema,
  type RegistrationAction,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf } from '../../http/commune-scope';
import { CommuneParams, YearParams } from '../../http/route-params';
import type { Database } from '../../db/database';
import { actorOf } from '../../http/request-user';
import type { CurrentUser } from '../../http/current-user';
import { getYearOfCommune } from '../emulation-year/emulation-years';
import {
  createRegistration,
  moveRegistration,
  registerUnit,
  type MoveDetails,
  type Registrar,
} from './register';
import {
  findRegistrations,
  myRegistrations,
  registrationHistory,
  summariseRegistrations,
} from './registrations';
import { todayInVietnam } from '../../http/today';

const RegistrationParams = YearParams.extend({ id: z.uuid().describe('Mã định danh đăng ký') });
const tags = ['Đăng ký thi đua'];

const registrarOf = (user: CurrentUser): Registrar => ({
  role: user.role,
  unitId: user.unitId,
  personId: user.personId,
  actor: actorOf(user),
});

const MOVE_SUMMARIES: Record<RegistrationAction, string> = {
  return: 'Trả lại đăng ký để bổ sung, kèm lý do (cán bộ thi đua – khen thưởng)',
  accept: 'Duyệt đăng ký (cán bộ thi đua – khen thưởng)',
  resubmit: 'Gửi lại đăng ký đã bị trả lại, có thể đổi danh hiệu',
  withdraw: 'Rút đăng ký chưa được duyệt',
};

/**
 * Registrations are read by every user of the commune; written by whoever may write the subject's
 * records (domain `writeScopeOf`), and after the deadline only by the officer. The use cases check
 * both; the routes only find the commune.
 */
export function registerRegistrationRoutes(app: TypedApp, ctx: AppContext): void {
  const yearPath = '/years/:yearId/registrations';

  app.get(
    '/registrations',
    {
      schema: {
        tags,
        summary: 'Đăng ký thi đua qua các năm (của một cá nhân, một đơn vị)',
        params: CommuneParams,
        querystring: RegistrationListQuerySchema,
        response: { 200: RegistrationPageSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return findRegistrations(ctx.db, commune.id, request.query);
    },
  );

  app.get(
    yearPath,
    {
      schema: {
        tags,
        summary: 'Danh sách đăng ký thi đua của năm (lọc theo danh hiệu, trạng thái, đơn vị, tên)',
        params: YearParams,
        querystring: RegistrationListQuerySchema,
        response: { 200: RegistrationPageSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      const year = await getYearOfCommune(ctx.db, commune.id, request.params.yearId);
      return findRegistrations(ctx.db, commune.id, { ...request.query, yearId: year.id });
    },
  );

  app.get(
    `${yearPath}/summary`,
    {
      schema: {
        tags,
        summary: 'Số đăng ký theo từng danh hiệu và trạng thái',
        params: YearParams,
        querystring: RegistrationFilterSchema,
        response: { 200: z.array(RegistrationTitleCountSchema) },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      const year = await getYearOfCommune(ctx.db, commune.id, request.params.yearId);
      return summariseRegistrations(ctx.db, commune.id, year.id, request.query);
    },
  );

  app.get(
    `${yearPath}/mine`,
    {
      schema: {
        tags,
        summary: 'Đăng ký của người đang đăng nhập (và đơn vị do mình phụ trách), hạn và số ngày còn lại',
        params: YearParams,
        response: { 200: MyRegistrationsSchema },
      },
    },
    async (request) => {
      const { user, commune } = communeOf(request);
      return myRegistrations(ctx.db, commune.id, request.params.yearId, user, todayInVietnam());
    },
  );

  /** Registers as the signed-in user, dated today; the use case checks who may and the deadline. */
  const register = async <Input, Result>(
    request: FastifyRequest,
    params: z.infer<typeof YearParams>,
    input: Input,
    useCase: (
      db: Database,
      registrar: Registrar,
      communeId: string,
      yearId: string,
      input: Input,
      today: string,
    ) => Promise<Result>,
  ) => {
    const { user, commune } = communeOf(request);
    return useCase(ctx.db, registrarOf(user), commune.id, params.yearId, input, todayInVietnam());
  };

  app.post(
    yearPath,
    {
      schema: {
        tags,
        summary: 'Đăng ký danh hiệu thi đua cho một cá nhân hoặc một đơn vị',
        params: YearParams,
        body: RegistrationInputSchema,
        response: { 201: RegistrationViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await register(request, request.params, request.body, createRegistration)),
  );

  app.post(
    `${yearPath}/bulk`,
    {
      schema: {
        tags,
        summary: 'Đăng ký theo đơn vị: danh hiệu của tập thể và danh hiệu cho cá nhân của đơn vị',
        params: YearParams,
        body: BulkRegistrationInputSchema,
        response: { 201: BulkRegistrationResultSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await register(request, request.params, request.body, registerUnit)),
  );

  app.get(
    `${yearPath}/:id/history`,
    {
      schema: {
        tags,
        summary: 'Các lần chuyển trạng thái của một đăng ký',
        params: RegistrationParams,
        response: { 200: z.array(RegistrationEventViewSchema) },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      const { yearId, id } = request.params;
      return registrationHistory(ctx.db, commune.id, yearId, id);
    },
  );

  /** Moves a registration one step; the use case checks who may, from which status, and the deadline. */
  const move = async (
    request: FastifyRequest,
    params: z.infer<typeof RegistrationParams>,
    action: RegistrationAction,
    details: MoveDetails,
  ) => {
    const { user, commune } = communeOf(request);
    const { yearId, id } = params;
    const registrar = registrarOf(user);
    return moveRegistration(ctx.db, registrar, commune.id, yearId, id, action, details, todayInVietnam());
  };

  app.post(
    `${yearPath}/:id/return`,
    {
      schema: {
        tags,
        summary: MOVE_SUMMARIES.return,
        params: RegistrationParams,
        body: RegistrationReturnSchema,
        response: { 200: RegistrationViewSchema },
      },
    },
    (request) => move(request, request.params, 'return', request.body),
  );
  app.post(
    `${yearPath}/:id/resubmit`,
    {
      schema: {
        tags,
        summary: MOVE_SUMMARIES.resubmit,
        params: RegistrationParams,
        body: RegistrationResubmitSchema,
        response: { 200: RegistrationViewSchema },
      },
    },
    (request) => move(request, request.params, 'resubmit', request.body),
  );
  for (const action of ['accept', 'withdraw'] as const) {
    app.post(
      `${yearPath}/:id/${action}`,
      {
        schema: {
          tags,
          summary: MOVE_SUMMARIES[action],
          params: RegistrationParams,
          response: { 200: RegistrationViewSchema },
        },
      },
      (request) => move(request, request.params, action, {}),
    );
  }
}
