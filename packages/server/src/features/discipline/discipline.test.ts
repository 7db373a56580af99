import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { PASSWORD } from '../../test/fixtures';
import { seedOrganisation } from '../../test/organisation-fixtures';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { testDatabaseModes } from '../../test/test-database';
import { signedInLinked } from '../emulation-year/emulation-year-fixtures';
import { seedScoringCommune, type ScoringCommune } from '../scoring/scoring-fixtures';

const aDiscipline = (personId: string, overrides: Record<string, unknown> = {}) => ({
  personId,
  form: 'canh_cao',
  decidedOn: '2025-03-15',
  decisionNumber: '25/QĐ-UBND',
  reason: 'Vi phạm quy chế văn hóa công sở',
  effectiveUntil: '2026-03-14',
  ...overrides,
});

describe.each(testDatabaseModes())('discipline records on %s', (mode) => {
  const ctx = useTestApp(mode);
  let org: ScoringCommune;
  let officer: TestClient;
  let list: string;
  let warningId: string;

  beforeAll(async () => {
    org = await seedScoringCommune(ctx);
    officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    list = `/api/communes/${ctx.seed.communeA.id}/disciplines`;
  });

  it('records a decision with its person, and its audit entry', async () => {
    const created = await officer.post(list, aDiscipline(org.clerkPersonId));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      personName: 'Lê Văn Cường',
      unitName: 'Văn phòng',
      form: 'canh_cao',
      decisionNumber: '25/QĐ-UBND',
    });
    warningId = created.json().id;
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'discipline'), eq(auditLog.entityId, warningId)));
    expect(entry).toMatchObject({ action: 'create', adminUnitId: ctx.seed.communeA.id });
    await officer.post(
      list,
      aDiscipline(org.policemanPersonId, {
        form: 'khien_trach',
        decidedOn: '2023-05-02',
        effectiveUntil: null,
      }),
    );
  });

  it('refuses an end date before the decision, and a person not of the commune, naming the field', async () => {
    const backwards = await officer.post(
      list,
      aDiscipline(org.clerkPersonId, { effectiveUntil: '2025-03-14' }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toEqual({
      effectiveUntil: '«Hiệu lực đến ngày» không được trước ngày quyết định.',
    });
    const elsewhere = await seedOrganisation(ctx.database.db, ctx.seed.communeB, 40);
    const outsider = await officer.post(list, aDiscipline(elsewhere.personId));
    expect(outsider.statusCode).toBe(404);
    expect(outsider.json().error.fields.personId).toBe('Không tìm thấy dữ liệu yêu cầu.');
  });

  it('lets the officer correct a decision', async () => {
    const updated = await officer.put(
      `${list}/${warningId}`,
      aDiscipline(org.clerkPersonId, { form: 'khien_trach' }),
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json().form).toBe('khien_trach');
    const missing = await officer.put(`${list}/${crypto.randomUUID()}`, aDiscipline(org.clerkPersonId));
    expect(missing.statusCode).toBe(404);
  });

  it('lists the decisions that count in a year: decided in it, or still in force', async () => {
    const in2025 = (await officer.get(`${list}?year=2025`)).json();
    expect(in2025.map((d: { personName: string }) => d.personName)).toEqual(['Lê Văn Cường']);
    expect((await officer.get(`${list}?year=2026`)).json()).toHaveLength(1);
    expect((await officer.get(`${list}?year=2024`)).json()).toHaveLength(0);
    expect((await officer.get(`${list}?personId=${org.policemanPersonId}`)).json()).toHaveLength(1);
    expect((await officer.get(list)).json()).toHaveLength(2);
  });

  it('shows every decision to the chair and the council, and a cadre only their own', async () => {
    for (const [role, username] of [
      ['chair', 'chutich.kl'],
      ['council_member', 'hoidong.kl'],
    ] as const) {
      const client = await signedInLinked(ctx, role, username);
      expect((await client.get(list)).json()).toHaveLength(2);
    }
    const clerk = await signedInLinked(ctx, 'member', 'vanthu.kl', { personId: org.clerkPersonId });
    expect((await clerk.get(list)).json().map((d: { personName: string }) => d.personName)).toEqual([
      'Lê Văn Cường',
    ]);
    expect((await clerk.get(`${list}?personId=${org.policemanPersonId}`)).json()).toEqual([]);
    const head = await signedInLinked(ctx, 'unit_head', 'truong.kl', {
      unitId: org.officeId,
      personId: org.headPersonId,
    });
    expect((await head.get(list)).json()).toEqual([]);
  });

  it('refuses the list to accounts linked to no person, and every write to all but the officer', async () => {
    for (const [role, username] of [
      ['member', 'khongten.kl'],
      ['group_leader', 'totruong.kl'],
    ] as const) {
      const client = await signedInLinked(ctx, role, username);
      expect((await client.get(list)).statusCode).toBe(403);
    }
    for (const [role, username, links] of [
      ['chair', 'chutich2.kl', {}],
      ['council_member', 'hoidong2.kl', {}],
      ['unit_head', 'truong2.kl', { unitId: org.officeId }],
      ['member', 'congan.kl', { personId: org.policemanPersonId }],
    ] as const) {
      const client = await signedInLinked(ctx, role, username, links);
      expect((await client.post(list, aDiscipline(org.clerkPersonId))).statusCode).toBe(403);
      expect((await client.put(`${list}/${warningId}`, aDiscipline(org.clerkPersonId))).statusCode).toBe(403);
    }
  });

  it('describes the decisions it answers in the API docs', async () => {
    const docs = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const answer =
      docs.paths['/api/communes/{communeId}/disciplines'].get.responses['200'].content['application/json']
        .schema;
    expect(Object.keys(answer.items.properties)).toEqual(
      expect.arrayContaining(['personName', 'form', 'decidedOn', 'effectiveUntil']),
    );
  });
});
