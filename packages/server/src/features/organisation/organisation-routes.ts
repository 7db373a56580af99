import * as z from 'zod';
import {
  HouseholdInputSchema,
  HouseholdListQuerySchema,
  HouseholdSummarySchema,
  OrgListQuerySchema,
  PersonInputSchema,
  PersonListQuerySchema,
  PersonSummarySchema,
  ResidentialGroupInputSchema,
  ResidentialGroupSummarySchema,
  RetireInputSchema,
  SearchQuerySchema,
  SearchResultsSchema,
  UnitInputSchema,
  UnitSummarySchema,
  pageSchemaOf,
  type Page,
  type PersonSummary,
} from '@thidua/domain';
import type { AppContext, TypedApp } from '../../app-context';
import { communeOf, managedCommuneOf } from '../../http/commune-scope';
import type { Database } from '../../db/database';
import { actorOf } from '../../http/request-user';
import { CommuneParams } from '../../http/route-params';
import type { Actor } from '../../records/record-audit';
import type { CurrentUser } from '../../http/current-user';
import {
  createHousehold,
  findHouseholds,
  getHousehold,
  reinstateHousehold,
  retireHousehold,
  updateHousehold,
} from './households';
import {
  createPerson,
  findPeople,
  getPerson,
  maskIdNumber,
  reinstatePerson,
  retirePerson,
  updatePerson,
} from './people';
import {
  createResidentialGroup,
  findResidentialGroups,
  getResidentialGroup,
  reinstateResidentialGroup,
  retireResidentialGroup,
  updateResidentialGroup,
} from './residential-groups';
import { searchOrganisation } from './search-organisation';
import { createUnit, findUnits, getUnit, reinstateUnit, retireUnit, updateUnit } from './units';

const RecordParams = CommuneParams.extend({ id: z.uuid().describe('Mã định danh bản ghi') });

/** The record routes every organisation entity shares: read one, create, edit, retire, reinstate. */
interface RecordRoutes<Input, Summary, Query> {
  path: string;
  tag: string;
  noun: string;
  input: z.ZodType<Input>;
  /** What every route of the record answers with (the list: an array or a page of them). */
  output: z.ZodType<Summary>;
  /** The list: a commune has tens of units and groups (one answer), thousands of people and households (pages). */
  list: {
    summary: string;
    query: z.ZodType<Query>;
    paged: boolean;
    find: (db: Database, communeId: string, query: Query) => Promise<Summary[] | Page<Summary>>;
  };
  get: (db: Database, communeId: string, id: string) => Promise<Summary>;
  create: (db: Database, actor: Actor, communeId: string, input: Input) => Promise<Summary>;
  update: (db: Database, actor: Actor, communeId: string, id: string, input: Input) => Promise<Summary>;
  retire: (
    db: Database,
    actor: Actor,
    communeId: string,
    id: string,
    input: z.infer<typeof RetireInputSchema>,
  ) => Promise<Summary>;
  reinstate: (db: Database, actor: Actor, communeId: string, id: string) => Promise<Summary>;
  /** What this user may see of a record (people's identification numbers are masked for some roles). */
  present?: (summary: Summary, user: CurrentUser) => Summary;
}

function registerRecordRoutes<Input, Summary, Query>(
  app: TypedApp,
  ctx: AppContext,
  routes: RecordRoutes<Input, Summary, Query>,
) {
  const base = `/${routes.path}`;
  const tags = [routes.tag];
  const present = (summary: Summary, user: CurrentUser) => routes.present?.(summary, user) ?? summary;
  // Each call site checks its schema against its functions (RecordRoutes); inside this shared
  // registrar the answer's type stays open, the serializer still encodes it through the schema.
  const output: z.ZodType = routes.output;
  const listOutput = routes.list.paged ? pageSchemaOf(output) : z.array(output);

  app.get(
    base,
    {
      schema: {
        tags,
        summary: routes.list.summary,
        params: CommuneParams,
        querystring: routes.list.query,
        response: { 200: listOutput },
      },
    },
    async (request) => {
      const { user, commune } = communeOf(request);
      const found = await routes.list.find(ctx.db, commune.id, request.query as Query);
      if (Array.isArray(found)) return found.map((summary) => present(summary, user));
      return { ...found, items: found.items.map((summary) => present(summary, user)) };
    },
  );

  app.get(
    `${base}/:id`,
    { schema: { tags, summary: `Xem ${routes.noun}`, params: RecordParams, response: { 200: output } } },
    async (request) => {
      const { user, commune } = communeOf(request);
      return present(await routes.get(ctx.db, commune.id, request.params.id), user);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: `Thêm ${routes.noun}`,
        params: CommuneParams,
        body: routes.input,
        response: { 201: output },
      },
    },
    async (request, reply) => {
      const { user, commune } = await managedCommuneOf(request);
      const created = await routes.create(ctx.db, actorOf(user), commune.id, request.body as Input);
      return reply.status(201).send(present(created, user));
    },
  );

  app.put(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Sửa ${routes.noun}`,
        params: RecordParams,
        body: routes.input,
        response: { 200: output },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request);
      return present(
        await routes.update(ctx.db, actorOf(user), commune.id, request.params.id, request.body as Input),
        user,
      );
    },
  );

  app.post(
    `${base}/:id/retire`,
    {
      schema: {
        tags,
        summary: `Cho thôi ${routes.noun} (giữ lịch sử)`,
        params: RecordParams,
        body: RetireInputSchema,
        response: { 200: output },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request);
      return present(
        await routes.retire(ctx.db, actorOf(user), commune.id, request.params.id, request.body),
        user,
      );
    },
  );

  app.post(
    `${base}/:id/reinstate`,
    {
      schema: {
        tags,
        summary: `Khôi phục ${routes.noun} đã cho thôi`,
        params: RecordParams,
        response: { 200: output },
      },
    },
    async (request) => {
      const { user, commune } = await managedCommuneOf(request);
      return present(await routes.reinstate(ctx.db, actorOf(user), commune.id, request.params.id), user);
    },
  );
}

export function registerOrganisationRoutes(app: TypedApp, ctx: AppContext): void {
  registerRecordRoutes(app, ctx, {
    path: 'units',
    output: UnitSummarySchema,
    tag: 'Đơn vị',
    noun: 'đơn vị',
    list: {
      summary: 'Các cơ quan, ban, ngành, đoàn thể của xã, phường',
      query: OrgListQuerySchema,
      paged: false,
      find: (db, communeId, query) => findUnits(db, communeId, query.status),
    },
    input: UnitInputSchema,
    get: getUnit,
    create: createUnit,
    update: updateUnit,
    retire: retireUnit,
    reinstate: reinstateUnit,
  });

  registerRecordRoutes(app, ctx, {
    path: 'residential-groups',
    output: ResidentialGroupSummarySchema,
    tag: 'Khóm, ấp, tổ dân phố',
    noun: 'khóm, ấp, thôn, tổ dân phố',
    list: {
      summary: 'Các khóm, ấp, thôn, tổ dân phố của xã, phường',
      query: OrgListQuerySchema,
      paged: false,
      find: (db, communeId, query) => findResidentialGroups(db, communeId, query.status),
    },
    input: ResidentialGroupInputSchema,
    get: getResidentialGroup,
    create: createResidentialGroup,
    update: updateResidentialGroup,
    retire: retireResidentialGroup,
    reinstate: reinstateResidentialGroup,
  });

  registerRecordRoutes(app, ctx, {
    path: 'people',
    output: PersonSummarySchema,
    tag: 'Nhân sự',
    noun: 'cán bộ, người lao động',
    list: {
      summary: 'Danh sách cán bộ, công chức, người lao động (phân trang, lọc, sắp xếp, tìm không dấu)',
      query: PersonListQuerySchema,
      paged: true,
      find: findPeople,
    },
    input: PersonInputSchema,
    get: getPerson,
    create: createPerson,
    update: updatePerson,
    retire: retirePerson,
    reinstate: reinstatePerson,
    present: (person: PersonSummary, user) => maskIdNumber(person, user.role),
  });

  registerRecordRoutes(app, ctx, {
    path: 'households',
    output: HouseholdSummarySchema,
    tag: 'Hộ gia đình',
    noun: 'hộ gia đình',
    list: {
      summary: 'Danh sách hộ gia đình (phân trang, lọc theo tổ, sắp xếp, tìm không dấu)',
      query: HouseholdListQuerySchema,
      paged: true,
      find: findHouseholds,
    },
    input: HouseholdInputSchema,
    get: getHousehold,
    create: createHousehold,
    update: updateHousehold,
    retire: retireHousehold,
    reinstate: reinstateHousehold,
  });

  app.get(
    '/search',
    {
      schema: {
        tags: ['Tìm kiếm'],
        summary: 'Tìm người, hộ gia đình, tổ, đơn vị theo tên, không cần gõ dấu',
        params: CommuneParams,
        querystring: SearchQuerySchema,
        response: { 200: SearchResultsSchema },
      },
    },
    async (request) => {
      const { commune } = communeOf(request);
      return searchOrganisation(ctx.db, commune.id, request.query.q, request.query.limit);
    },
  );
}
