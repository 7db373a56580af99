import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDatabaseModes } from '../test/test-database';
import { useTestApp, type TestAppContext } from '../test/test-app';
import { TestClient } from '../test/test-client';
import { PASSWORD } from '../test/fixtures';
import { adminUnits, users } from '../db/schema';
import { DATA_TABLES } from '../db/tables';
import { attemptsOnRecord, type Attempt } from '../test/tenancy-case';
import { TENANCY_CASES } from '../test/tenancy-cases';
import {
  aPerson,
  seedOrganisation,
  workbookOf,
  type SeededOrganisation,
} from '../test/organisation-fixtures';

/** Commune B's organisation records and an import job of B's, made before the attempts. */
const b: {
  org: SeededOrganisation;
  importJobId: string;
  workbook: Buffer;
  yearId: string;
  indicatorId: string;
} = {
  org: {} as SeededOrganisation,
  importJobId: '',
  yearId: '',
  indicatorId: '',
  workbook: Buffer.alloc(0),
};

const RECORD_ENTITIES = [
  { path: 'units', key: 'unitId', body: () => ({ name: 'Bị sửa', kind: 'other' }) },
  {
    path: 'residential-groups',
    key: 'groupId',
    body: () => ({ name: 'Bị sửa', kind: 'khom' }),
  },
  { path: 'people', key: 'personId', body: () => aPerson({ fullName: 'Bị Sửa', serial: 99 }) },
  {
    path: 'households',
    key: 'householdId',
    body: () => ({ groupId: b.org.groupId, headName: 'Bị Sửa', address: 'Nơi khác', memberCount: 1 }),
  },
] as const;

/** Every organisation route, tried on commune B, plus A's URLs pointing at B's records. */
const ORGANISATION_ATTEMPTS: Attempt[] = RECORD_ENTITIES.flatMap(({ path, key, body }) => {
  const list = `/api/communes/{communeId}/${path}`;
  const record = `${list}/{id}`;
  const listOn = (communeId: string) => `/api/communes/${communeId}/${path}`;
  const recordOn = (communeId: string) => `${listOn(communeId)}/${b.org[key]}`;
  const retire = () => ({ retiredOn: '2026-01-01' });
  return [
    { method: 'GET', route: list, url: (c) => listOn(c.seed.communeB.id) },
    { method: 'POST', route: list, url: (c) => listOn(c.seed.communeB.id), body },
    ...attemptsOnRecord('GET', record, recordOn),
    ...attemptsOnRecord('PUT', record, recordOn, body),
    ...attemptsOnRecord('POST', `${record}/retire`, (communeId) => `${recordOn(communeId)}/retire`, retire),
    {
      method: 'POST',
      route: `${record}/reinstate`,
      url: (c) => `${recordOn(c.seed.communeB.id)}/reinstate`,
    },
  ] satisfies Attempt[];
});
const indicatorBody = () => ({ name: 'Bị sửa', field: 'economy', direction: 'higher', target: 1, actual: 1 });
const yearsOn = (communeId: string) => `/api/communes/${communeId}/years`;
const yearOn = (communeId: string) => `${yearsOn(communeId)}/${b.yearId}`;
const YEAR_ATTEMPTS: Attempt[] = [
  { method: 'GET', route: '/api/communes/{communeId}/years', url: (c) => yearsOn(c.seed.communeB.id) },
  {
    method: 'POST',
    route: '/api/communes/{communeId}/years',
    url: (c) => yearsOn(c.seed.communeB.id),
    body: () => ({ year: 2030, theme: 'Xâm nhập' }),
  },
  ...attemptsOnRecord('GET', '/api/communes/{communeId}/years/{yearId}', yearOn),
  ...attemptsOnRecord('PATCH', '/api/communes/{communeId}/years/{yearId}', yearOn, () => ({
    status: 'running',
  })),
  {
    method: 'POST',
    route: '/api/communes/{communeId}/years/{yearId}/indicators',
    url: (c) => `${yearOn(c.seed.communeB.id)}/indicators`,
    body: indicatorBody,
  },
  ...attemptsOnRecord(
    'PUT',
    '/api/communes/{communeId}/years/{yearId}/indicators/{id}',
    (communeId) => `${yearOn(communeId)}/indicators/${b.indicatorId}`,
    indicatorBody,
  ),
];

ORGANISATION_ATTEMPTS.push(
  ...YEAR_ATTEMPTS,
  {
    method: 'GET',
    route: '/api/communes/{communeId}/search',
    url: (c) => `/api/communes/${c.seed.communeB.id}/search?q=hoang`,
  },
  ...(['template', 'export'] as const).map((what): Attempt => ({
    method: 'GET',
    route: `/api/communes/{communeId}/spreadsheets/{kind}/${what}`,
    url: (c) => `/api/communes/${c.seed.communeB.id}/spreadsheets/people/${what}`,
  })),
  {
    method: 'POST',
    route: '/api/communes/{communeId}/imports/{kind}',
    url: (c) => `/api/communes/${c.seed.communeB.id}/imports/people`,
    body: () => b.workbook,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  {
    method: 'GET',
    route: '/api/communes/{communeId}/imports/{jobId}',
    url: (c) => `/api/communes/${c.seed.communeB.id}/imports/${b.importJobId}`,
  },
  {
    method: 'GET',
    route: '/api/communes/{communeId}/imports/{jobId}',
    url: (c) => `/api/communes/${c.seed.communeA.id}/imports/${b.importJobId}`,
    mixed: true,
  },
);

/** Every read and write of commune B's data that commune A's officer might try. */
const ATTEMPTS_ON_B: Attempt[] = [
  { method: 'GET', route: '/api/admin-units/{id}', url: (c) => `/api/admin-units/${c.seed.communeB.id}` },
  {
    method: 'PATCH',
    route: '/api/admin-units/{id}',
    url: (c) => `/api/admin-units/${c.seed.communeB.id}`,
    body: () => ({ address: 'Tấn công' }),
  },
  {
    method: 'GET',
    route: '/api/admin-units/{id}/overview',
    url: (c) => `/api/admin-units/${c.seed.communeB.id}/overview`,
  },
  {
    method: 'GET',
    route: '/api/admin-units/{id}/audit',
    url: (c) => `/api/admin-units/${c.seed.communeB.id}/audit`,
  },
  { method: 'GET', route: '/api/users', url: (c) => `/api/users?adminUnitId=${c.seed.communeB.id}` },
  { method: 'GET', route: '/api/users/{id}', url: (c) => `/api/users/${c.seed.users.officerB.id}` },
  {
    method: 'PATCH',
    route: '/api/users/{id}',
    url: (c) => `/api/users/${c.seed.users.memberB.id}`,
    body: () => ({ displayName: 'Bị đổi tên' }),
  },
  {
    method: 'POST',
    route: '/api/users/{id}/disable',
    url: (c) => `/api/users/${c.seed.users.memberB.id}/disable`,
  },
  {
    method: 'POST',
    route: '/api/users/{id}/enable',
    url: (c) => `/api/users/${c.seed.users.memberB.id}/enable`,
  },
  {
    method: 'POST',
    route: '/api/users',
    url: () => '/api/users',
    body: (c) => ({
      username: 'xam.nhap',
      displayName: 'Xâm Nhập',
      role: 'member',
      adminUnitId: c.seed.communeB.id,
      password: 'mat-khau-dai',
    }),
  },
  ...ORGANISATION_ATTEMPTS,
  ...TENANCY_CASES.flatMap((c) => c.attempts),
];

/** Routes that hold no commune's data, or are province-only and tested below. */
const NOT_COMMUNE_SCOPED = new Set([
  'GET /api/health',
  'GET /api/setup',
  'POST /api/setup',
  'GET /api/auth/session',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/communes', // a list filtered to the viewer: tested below
  'POST /api/communes', // province admins only: tested below
  // A province's settings, read by its communes: tested in features/rule-settings.
  'GET /api/admin-units/{provinceId}/rule-settings',
  'PUT /api/admin-units/{provinceId}/rule-settings',
]);

describe.each(testDatabaseModes())('tenant isolation on %s', (mode) => {
  const ctx = useTestApp(mode);

  beforeAll(async () => {
    b.org = await seedOrganisation(ctx.database.db, ctx.seed.communeB, 7);
    b.workbook = await workbookOf([
      ['STT', 'Họ và tên'],
      [1, 'Ai Đó'],
    ]);
    const officerB = await TestClient.signedIn(ctx.app, 'canbo.b', PASSWORD);
    const started = await officerB.upload(`/api/communes/${ctx.seed.communeB.id}/imports/people`, b.workbook);
    expect(started.statusCode).toBe(202);
    b.importJobId = started.json().id;
    const year = await officerB.post(`/api/communes/${ctx.seed.communeB.id}/years`, {
      year: 2026,
      theme: 'Của B',
    });
    b.yearId = year.json().id;
    const withIndicator = await officerB.post(
      `/api/communes/${ctx.seed.communeB.id}/years/${b.yearId}/indicators`,
      {
        name: 'Chỉ tiêu của B',
        field: 'economy',
        direction: 'higher',
        target: 10,
      },
    );
    b.indicatorId = withIndicator.json().indicators[0].id;
    for (const tenancyCase of TENANCY_CASES) {
      await tenancyCase.seed(ctx, officerB, { id: ctx.seed.communeB.id, yearId: b.yearId });
    }
  });

  it('covers every API route: each is either attempted on commune B or listed as holding no commune data', () => {
    const paths = (ctx.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const routes = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = new Set([...ATTEMPTS_ON_B.map((a) => `${a.method} ${a.route}`), ...NOT_COMMUNE_SCOPED]);
    expect(routes.filter((r) => !covered.has(r))).toEqual([]);
  });

  for (const who of ['officerA', 'memberA', 'otherProvinceAdmin'] as const) {
    it.each(ATTEMPTS_ON_B.map((a) => [`${a.method} ${a.route}`, a] as const))(
      `${who}: %s on commune B answers 404, as if it did not exist`,
      async (_name, attempt) => {
        const client = await TestClient.signedIn(ctx.app, ctx.seed.users[who].username, PASSWORD);
        const before = await snapshotB(ctx);
        const response = await client.request(attempt.method, attempt.url(ctx), attempt.body?.(ctx), {
          contentType: attempt.contentType,
        });
        expect(response.statusCode).toBe(404);
        expect(response.json().error.message).toBe('Không tìm thấy dữ liệu yêu cầu.');
        expect(response.body).not.toContain(ctx.seed.communeB.name);
        expect(await snapshotB(ctx)).toEqual(before);
      },
    );
  }

  it('lists only the viewer’s own commune to a commune user, and the province’s communes to its admin', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    expect((await officer.get('/api/communes')).json().items.map((u: { code: string }) => u.code)).toEqual([
      '97001',
    ]);
    const admin = await TestClient.signedIn(ctx.app, 'tinh.97', PASSWORD);
    expect((await admin.get('/api/communes')).json().items.map((u: { code: string }) => u.code)).toEqual([
      '97001',
      '97002',
    ]);
    const other = await TestClient.signedIn(ctx.app, 'tinh.96', PASSWORD);
    expect((await other.get('/api/communes')).json().items).toEqual([]);
  });

  it('lists only the viewer’s own commune’s accounts', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const names = (await officer.get('/api/users?pageSize=100'))
      .json()
      .items.map((u: { username: string }) => u.username);
    expect(names.sort()).toEqual(['canbo.a', 'thanhvien.a']);
  });

  it('refuses commune creation to a commune officer', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const response = await officer.post('/api/communes', { code: '97009', name: 'Xã Lạ', level: 'commune' });
    expect(response.statusCode).toBe(403);
  });

  it('lets the province admin read commune B, which proves the refusals above are about scope', async () => {
    const admin = await TestClient.signedIn(ctx.app, 'tinh.97', PASSWORD);
    for (const attempt of ATTEMPTS_ON_B.filter((a) => a.method === 'GET' && !a.mixed)) {
      expect((await admin.get(attempt.url(ctx))).statusCode).toBe(200);
    }
  });
});

async function snapshotB(ctx: TestAppContext) {
  const db = ctx.database.db;
  return {
    unit: await db.select().from(adminUnits).where(eq(adminUnits.id, ctx.seed.communeB.id)),
    users: await db
      .select()
      .from(users)
      .where(eq(users.adminUnitId, ctx.seed.communeB.id))
      .orderBy(users.username),
    // Every commune-keyed table (users and the audit log are compared above or grow by design).
    records: await Promise.all(
      DATA_TABLES.filter(
        (t) => !['admin_units', 'admin_unit_mergers', 'users', 'audit_log'].includes(t.name),
      ).map(async (t) =>
        (await db.select().from(t.table).where(eq(t.unitColumn, ctx.seed.communeB.id)))
          .map((row) => JSON.stringify(row))
          .sort(),
      ),
    ),
  };
}
