import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../test/fixtures';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { testDatabaseModes } from '../../test/test-database';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { createHousehold } from '../organisation/households';
import { createResidentialGroup } from '../organisation/residential-groups';
import { closeYear, openYear, signedInLinked } from '../emulation-year/emulation-year-fixtures';
import { seedAchievementYear, type AchievementCommune } from './achievement-fixtures';

const aUnitExemplar = (unitId: string, overrides: Record<string, unknown> = {}) => ({
  subjectType: 'unit',
  unitId,
  description: 'Mô hình «Camera an ninh» do nhân dân đóng góp',
  discoveredOn: '2026-03-02',
  ...overrides,
});

describe.each(testDatabaseModes())('exemplars on %s', (mode) => {
  const ctx = useTestApp(mode);
  let org: AchievementCommune;
  let householdId: string;
  let officer: TestClient;
  let chair: TestClient;
  let exemplars: string;
  let id: string;

  beforeAll(async () => {
    let yearPath: string;
    ({ org, officer, yearPath } = await seedAchievementYear(ctx));
    const db = ctx.database.db;
    const group = await createResidentialGroup(db, SYSTEM_ACTOR, ctx.seed.communeA.id, {
      name: 'Tổ dân phố 5',
      kind: 'to_dan_pho',
      leaderName: null,
      leaderPhone: null,
    });
    householdId = (
      await createHousehold(db, SYSTEM_ACTOR, ctx.seed.communeA.id, {
        groupId: group.id,
        headName: 'Trần Văn Giỏi',
        address: 'Số 5, đường Hai',
        memberCount: 5,
      })
    ).id;
    chair = await signedInLinked(ctx, 'chair', 'chutich.dienhinh');
    exemplars = `${yearPath}/exemplars`;
  });

  describe('recording', () => {
    it('lets the officer record a unit found exemplary, at the first stage', async () => {
      const created = await officer.post(exemplars, aUnitExemplar(org.policeId));
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        year: 2026,
        subjectType: 'unit',
        subjectName: 'Công an phường',
        stage: 'discovered',
        discoveredOn: '2026-03-02',
        nurturedOn: null,
      });
      id = created.json().id;
    });

    it('lets the chair record a household, named by its head and group', async () => {
      const created = await chair.post(exemplars, {
        subjectType: 'household',
        householdId,
        description: 'Hộ làm kinh tế giỏi',
        discoveredOn: '2026-04-10',
      });
      expect(created.statusCode).toBe(201);
      expect(created.json().subjectName).toBe('Hộ ông/bà Trần Văn Giỏi, Tổ dân phố 5');
    });

    it('lets the province administrator record a person', async () => {
      const province = await TestClient.signedIn(ctx.app, 'tinh.97', PASSWORD);
      const created = await province.post(exemplars, {
        subjectType: 'person',
        personId: org.clerkId,
        description: 'Gương «Dân vận khéo»',
        discoveredOn: '2026-05-01',
      });
      expect(created.json().subjectName).toBe('Lê Thị Hoa');
    });

    it('refuses members and unit heads, even about themselves', async () => {
      const head = await signedInLinked(ctx, 'unit_head', 'truong.congan.dh', { unitId: org.policeId });
      const member = await signedInLinked(ctx, 'member', 'thanhvien.dh', { personId: org.clerkId });
      expect((await head.post(exemplars, aUnitExemplar(org.policeId))).statusCode).toBe(403);
      expect((await head.put(`${exemplars}/${id}`, aUnitExemplar(org.policeId))).statusCode).toBe(403);
      expect(
        (await member.post(`${exemplars}/${id}/advance`, { stage: 'nurtured', date: '2026-04-01' }))
          .statusCode,
      ).toBe(403);
      expect((await member.get(exemplars)).statusCode).toBe(200);
    });

    it('names the missing household, and refuses a day of discovery outside the year', async () => {
      const missing = await officer.post(exemplars, {
        ...aUnitExemplar(org.policeId),
        subjectType: 'household',
      });
      expect(missing.json().error.fields).toEqual({ householdId: '«Hộ gia đình» là bắt buộc.' });
      const early = await officer.post(
        exemplars,
        aUnitExemplar(org.policeId, { discoveredOn: '2025-12-01' }),
      );
      expect(early.statusCode).toBe(400);
      expect(early.json().error.fields).toEqual({
        discoveredOn: '«Ngày phát hiện» phải là một ngày trong năm thi đua 2026.',
      });
    });

    it('lists by stage and subject type', async () => {
      const list = async (query: string) => (await officer.get(`${exemplars}?${query}`)).json();
      expect((await list('subjectType=household')).items).toHaveLength(1);
      expect((await list('stage=discovered')).total).toBe(3);
      expect((await list('stage=nurtured')).total).toBe(0);
    });
  });

  describe('the four stages', () => {
    const advance = (client: TestClient, stage: string, date: string) =>
      client.post(`${exemplars}/${id}/advance`, { stage, date });

    it('refuses a day before the previous stage’s, on the day field', async () => {
      const response = await advance(officer, 'nurtured', '2026-03-01');
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual({
        date: 'Ngày «Bồi dưỡng» (01/03/2026) không được trước ngày «Phát hiện» (02/03/2026).',
      });
    });

    it('refuses to skip a stage', async () => {
      const response = await advance(officer, 'summarised', '2026-06-01');
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('EXEMPLAR_STAGE_NOT_NEXT');
    });

    it('moves one stage at a time, by the officer or the chair', async () => {
      expect((await advance(officer, 'nurtured', '2026-04-01')).json()).toMatchObject({
        stage: 'nurtured',
        nurturedOn: '2026-04-01',
      });
      expect((await advance(chair, 'summarised', '2026-09-15')).json()).toMatchObject({
        stage: 'summarised',
      });
    });

    it('keeps the day of discovery from moving past the day of nurturing', async () => {
      const response = await officer.put(
        `${exemplars}/${id}`,
        aUnitExemplar(org.policeId, { discoveredOn: '2026-04-02' }),
      );
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().error.fields)).toEqual(['discoveredOn']);
      const fixed = await officer.put(
        `${exemplars}/${id}`,
        aUnitExemplar(org.policeId, { discoveredOn: '2026-03-20' }),
      );
      expect(fixed.json()).toMatchObject({ discoveredOn: '2026-03-20', stage: 'summarised' });
    });

    it('lets only the officer undo the last step', async () => {
      expect((await chair.post(`${exemplars}/${id}/undo`)).statusCode).toBe(403);
      const undone = await officer.post(`${exemplars}/${id}/undo`);
      expect(undone.json()).toMatchObject({
        stage: 'nurtured',
        summarisedOn: null,
        nurturedOn: '2026-04-01',
      });
    });

    it('reaches replication and has nowhere further to go', async () => {
      await advance(officer, 'summarised', '2026-09-20');
      expect((await advance(officer, 'replicated', '2026-11-20')).json().stage).toBe('replicated');
      const further = await advance(officer, 'replicated', '2026-12-01');
      expect(further.statusCode).toBe(409);
      expect(further.json().error.message).toBe(
        'Điển hình đã ở giai đoạn cuối «Nhân rộng», không còn giai đoạn nào để chuyển.',
      );
      const unit = (
        await officer.get(`/api/communes/${ctx.seed.communeA.id}/units/${org.policeId}/achievements`)
      ).json();
      expect(unit.exemplars).toMatchObject([{ id, stage: 'replicated' }]);
    });

    it('has nothing to undo at the first stage', async () => {
      const [household] = (await officer.get(`${exemplars}?subjectType=household`)).json().items;
      const response = await officer.post(`${exemplars}/${household.id}/undo`);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('EXEMPLAR_NOTHING_TO_UNDO');
    });
  });

  it('refuses recording, editing, advancing and undoing in a closed year', async () => {
    const path = await openYear(officer, ctx.seed.communeA.id, 2025);
    const created = await officer.post(
      `${path}/exemplars`,
      aUnitExemplar(org.policeId, { discoveredOn: '2025-03-02' }),
    );
    const recordPath = `${path}/exemplars/${created.json().id}`;
    await officer.post(`${recordPath}/advance`, { stage: 'nurtured', date: '2025-04-01' });
    await closeYear(officer, path);
    for (const response of [
      await officer.post(`${path}/exemplars`, aUnitExemplar(org.policeId, { discoveredOn: '2025-03-03' })),
      await officer.put(recordPath, aUnitExemplar(org.policeId, { discoveredOn: '2025-03-03' })),
      await officer.post(`${recordPath}/advance`, { stage: 'summarised', date: '2025-05-01' }),
      await officer.post(`${recordPath}/undo`),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('YEAR_LOCKED');
    }
    expect((await officer.get(recordPath)).json().stage).toBe('nurtured');
  });
});
