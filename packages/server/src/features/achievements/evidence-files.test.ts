import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { testDatabaseModes } from '../../test/test-database';
import { closeYear, openYear, signedInLinked } from '../emulation-year/emulation-year-fixtures';
import { PDF } from '../movements/movement-fixtures';
import { seedAchievementYear, type AchievementCommune } from './achievement-fixtures';

describe.each(testDatabaseModes())(
  'evidence files of achievements, initiatives and exemplars on %s',
  (mode) => {
    const ctx = useTestApp(mode);
    let org: AchievementCommune;
    let officer: TestClient;
    let clerk: TestClient;
    let policeman: TestClient;
    let chair: TestClient;
    let year: string;
    const upload = (client: TestClient, owner: string, ownerId: string) =>
      client.upload(
        `/api/communes/${ctx.seed.communeA.id}/files?owner=${owner}&ownerId=${ownerId}&fileName=minh-chung.pdf`,
        PDF,
        'application/pdf',
      );

    beforeAll(async () => {
      ({ org, officer, yearPath: year } = await seedAchievementYear(ctx));
      clerk = await signedInLinked(ctx, 'member', 'tep.vanthu', { personId: org.clerkId });
      policeman = await signedInLinked(ctx, 'member', 'tep.canhsat', { personId: org.policemanId });
      chair = await signedInLinked(ctx, 'chair', 'tep.chutich');
    });

    it('lets whoever may write an achievement attach its evidence, and everyone of the commune list it', async () => {
      const achievement = await clerk.post(`${year}/achievements`, {
        subjectType: 'person',
        personId: org.clerkId,
        title: 'Cải cách hành chính',
        achievedOn: '2026-04-01',
      });
      const id = achievement.json().id;
      expect((await upload(clerk, 'achievement', id)).statusCode).toBe(201);
      expect((await upload(policeman, 'achievement', id)).statusCode).toBe(403);
      const listed = await policeman.get(
        `/api/communes/${ctx.seed.communeA.id}/files?owner=achievement&ownerId=${id}`,
      );
      expect(listed.json()).toMatchObject([{ fileName: 'minh-chung.pdf', contentType: 'application/pdf' }]);
    });

    it('leaves a recognised initiative’s files to the officer', async () => {
      const initiative = await clerk.post(`${year}/initiatives`, {
        personId: org.clerkId,
        title: 'Sổ tay điện tử',
      });
      const id = initiative.json().id;
      expect((await upload(clerk, 'initiative', id)).statusCode).toBe(201);
      await officer.put(`${year}/initiatives/${id}/recognition`, {
        level: 'co_so',
        recognisedOn: '2026-10-01',
        decisionNumber: '12/QĐ-UBND',
      });
      expect((await upload(clerk, 'initiative', id)).statusCode).toBe(403);
      expect((await upload(officer, 'initiative', id)).statusCode).toBe(201);
    });

    it('lets those who keep exemplars attach to them, not members', async () => {
      const exemplar = await chair.post(`${year}/exemplars`, {
        subjectType: 'unit',
        unitId: org.policeId,
        description: 'Mô hình «Camera an ninh»',
        discoveredOn: '2026-03-02',
      });
      const id = exemplar.json().id;
      expect((await upload(chair, 'exemplar', id)).statusCode).toBe(201);
      expect((await upload(clerk, 'exemplar', id)).statusCode).toBe(403);
    });

    it('refuses new evidence once the year is closed', async () => {
      const path = await openYear(officer, ctx.seed.communeA.id, 2025);
      const achievement = await officer.post(`${path}/achievements`, {
        subjectType: 'unit',
        unitId: org.policeId,
        title: 'Dẫn đầu cụm',
        achievedOn: '2025-11-30',
      });
      await closeYear(officer, path);
      const response = await upload(officer, 'achievement', achievement.json().id);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('YEAR_LOCKED');
    });
  },
);
