import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { testDatabaseModes } from '../../test/test-database';
import { aPerson } from '../../test/organisation-fixtures';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { createPerson } from '../organisation/people';
import { openYear, signedInLinked } from '../emulation-year/emulation-year-fixtures';
import {
  defaultSheetPoints,
  defaultSheetTotal,
  seedScoringCommune,
  type ScoringCommune,
} from './scoring-fixtures';

describe.each(testDatabaseModes())('who gives the head’s score on %s', (mode) => {
  const ctx = useTestApp(mode);
  let org: ScoringCommune;
  let officerPersonId: string;
  let officer: TestClient;
  let head: TestClient;
  let chair: TestClient;
  let viceChair: TestClient;
  let year: string;

  const headScore = (client: TestClient, personId: string, m: number, body: Record<string, unknown> = {}) =>
    client.put(`${year}/scores/${personId}/${m}/head`, { points: defaultSheetPoints(), ...body });

  beforeAll(async () => {
    org = await seedScoringCommune(ctx);
    const communeId = ctx.seed.communeA.id;
    officerPersonId = (
      await createPerson(
        ctx.database.db,
        SYSTEM_ACTOR,
        communeId,
        aPerson({ fullName: 'Đỗ Thị Thi Đua', unitId: org.officeId, serial: 21 }),
      )
    ).id;
    officer = await signedInLinked(ctx, 'commune_officer', 'canbo.linked', { personId: officerPersonId });
    head = await signedInLinked(ctx, 'unit_head', 'truong.vanphong', {
      unitId: org.officeId,
      personId: org.headPersonId,
    });
    chair = await signedInLinked(ctx, 'chair', 'chutich.a');
    viceChair = await signedInLinked(ctx, 'council_member', 'phochutich.a');
    year = await openYear(officer, communeId, 2025);
  });

  it('refuses the officer a head’s score for her own month', async () => {
    const own = await headScore(officer, officerPersonId, 1);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toBe(
      'Không ai tự chấm điểm thủ trưởng cho chính mình; điểm này do người có thẩm quyền chấm.',
    );
  });

  it('refuses the officer a first head’s score of someone else: it comes from their head', async () => {
    const first = await headScore(officer, org.clerkPersonId, 1, { reason: 'Nhập từ phiếu giấy' });
    expect(first.statusCode).toBe(403);
    expect(first.json().error.code).toBe('SCORE_HEAD_NOT_YOURS');
  });

  it('gives the officer’s and the unit heads’ head’s score to the chair, not to the unit head', async () => {
    expect((await headScore(head, officerPersonId, 1)).statusCode).toBe(403);
    expect((await headScore(head, org.headPersonId, 1)).statusCode).toBe(403);
    expect((await headScore(chair, officerPersonId, 1)).statusCode).toBe(200);
    expect((await headScore(chair, org.headPersonId, 1)).statusCode).toBe(200);
    // The chair does not score the unit's people: their head does.
    expect((await headScore(chair, org.clerkPersonId, 1)).statusCode).toBe(403);
    expect((await headScore(head, org.clerkPersonId, 1)).statusCode).toBe(200);
  });

  it('lets the vice-chair the commune names score in the chair’s place', async () => {
    expect((await headScore(viceChair, org.headPersonId, 2)).statusCode).toBe(403);
    const [account] = await ctx.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, 'phochutich.a'));
    const sheet = (await officer.get(`/api/communes/${ctx.seed.communeA.id}/scoring-sheet`)).json();
    const named = await officer.put(`/api/communes/${ctx.seed.communeA.id}/scoring-sheet`, {
      criteria: sheet.criteria,
      thresholds: sheet.thresholds,
      minimumMonths: sheet.minimumMonths,
      headScorerUserId: account!.id,
    });
    expect(named.statusCode).toBe(200);
    expect(named.json().headScorer).toEqual({ userId: account!.id, displayName: 'Người dùng phochutich.a' });
    expect((await headScore(viceChair, org.headPersonId, 2)).statusCode).toBe(200);
    expect((await headScore(viceChair, org.clerkPersonId, 2)).statusCode).toBe(403);
  });

  it('lets the officer correct someone else’s head’s score only with a reason, kept in the audit', async () => {
    const bare = await headScore(officer, org.clerkPersonId, 1, { points: defaultSheetPoints(40) });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields).toEqual({
      reason: '«Lý do sửa điểm» là bắt buộc khi cán bộ thi đua – khen thưởng sửa điểm thủ trưởng đã chấm.',
    });
    const corrected = await headScore(officer, org.clerkPersonId, 1, {
      points: defaultSheetPoints(40),
      reason: 'Thủ trưởng báo nhầm điểm tiêu chí 3',
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().months[0]).toMatchObject({
      headScore: defaultSheetTotal(40),
      headCorrectionReason: 'Thủ trưởng báo nhầm điểm tiêu chí 3',
    });
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'monthly_score'),
          eq(auditLog.actorName, 'Người dùng canbo.linked (canbo.linked)'),
        ),
      );
    expect(entry?.changes).toMatchObject({
      headCorrectionReason: { from: null, to: 'Thủ trưởng báo nhầm điểm tiêu chí 3' },
    });
  });
});
