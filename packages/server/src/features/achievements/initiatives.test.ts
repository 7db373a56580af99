import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../test/fixtures';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { testDatabaseModes } from '../../test/test-database';
import { closeYear, openYear, signedInLinked } from '../emulation-year/emulation-year-fixtures';
import { seedAchievementYear, type AchievementCommune } from './achievement-fixtures';

const anInitiative = (personId: string, overrides: Record<string, unknown> = {}) => ({
  personId,
  coAuthors: 'Nguyễn Văn Bảy',
  title: 'Số hóa hồ sơ một cửa',
  summary: 'Rút ngắn thời gian tiếp nhận hồ sơ còn 1 ngày',
  ...overrides,
});
const recognition = { level: 'co_so', recognisedOn: '2026-10-20', decisionNumber: '125/QĐ-UBND' };

describe.each(testDatabaseModes())('initiatives on %s', (mode) => {
  const ctx = useTestApp(mode);
  let org: AchievementCommune;
  let officer: TestClient;
  let author: TestClient;
  let head: TestClient;
  let initiatives: string;
  let authorsOwn: string;

  beforeAll(async () => {
    let yearPath: string;
    ({ org, officer, yearPath } = await seedAchievementYear(ctx));
    author = await signedInLinked(ctx, 'member', 'tacgia', { personId: org.clerkId });
    head = await signedInLinked(ctx, 'unit_head', 'truong.vanphong', { unitId: org.officeId });
    initiatives = `${yearPath}/initiatives`;
  });

  describe('filing', () => {
    it('lets the author file their own initiative, unrecognised at first', async () => {
      const filed = await author.post(initiatives, anInitiative(org.clerkId));
      expect(filed.statusCode).toBe(201);
      expect(filed.json()).toMatchObject({
        year: 2026,
        personId: org.clerkId,
        authorName: 'Lê Thị Hoa',
        authorUnitId: org.officeId,
        authorUnitName: 'Văn phòng HĐND và UBND',
        coAuthors: 'Nguyễn Văn Bảy',
        level: null,
        recognisedOn: null,
        decisionNumber: null,
      });
      authorsOwn = filed.json().id;
    });

    it('refuses the author filing in someone else’s name', async () => {
      expect((await author.post(initiatives, anInitiative(org.policemanId))).statusCode).toBe(403);
    });

    it('lets a unit head file for the unit’s people only', async () => {
      const filed = await head.post(initiatives, anInitiative(org.clerkId, { title: 'Sổ tay điện tử' }));
      expect(filed.statusCode).toBe(201);
      expect((await head.post(initiatives, anInitiative(org.policemanId))).statusCode).toBe(403);
    });

    it('lets the officer file for anyone', async () => {
      const filed = await officer.post(
        initiatives,
        anInitiative(org.policemanId, { title: 'Camera an ninh' }),
      );
      expect(filed.statusCode).toBe(201);
    });

    it('refuses an account with no person linked', async () => {
      const chair = await signedInLinked(ctx, 'chair', 'chutich.a');
      expect((await chair.post(initiatives, anInitiative(org.clerkId))).statusCode).toBe(403);
    });

    it('names a missing author and title', async () => {
      const response = await officer.post(initiatives, { title: ' ' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual({
        personId: '«Tác giả» là bắt buộc.',
        title: '«Tên sáng kiến» không được để trống.',
      });
    });

    it('lists by author’s unit and by recognition', async () => {
      const titles = async (query: string) =>
        (await officer.get(`${initiatives}?${query}`)).json().items.map((i: { title: string }) => i.title);
      // Newest first.
      expect(await titles(`unitId=${org.officeId}`)).toEqual(['Sổ tay điện tử', 'Số hóa hồ sơ một cửa']);
      expect(await titles(`personId=${org.policemanId}`)).toEqual(['Camera an ninh']);
      expect(await titles('recognised=yes')).toEqual([]);
      expect(await titles('recognised=no')).toHaveLength(3);
    });
  });

  describe('recognition', () => {
    it('is recorded by the officer with level, day and decision number', async () => {
      const recognised = await officer.put(`${initiatives}/${authorsOwn}/recognition`, recognition);
      expect(recognised.statusCode).toBe(200);
      expect(recognised.json()).toMatchObject(recognition);
      const listed = (await officer.get(`${initiatives}?recognised=yes`)).json().items;
      expect(listed.map((i: { id: string }) => i.id)).toEqual([authorsOwn]);
    });

    it('needs all three parts or none, naming the missing ones', async () => {
      const response = await officer.put(`${initiatives}/${authorsOwn}/recognition`, { level: 'tinh' });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().error.fields).sort()).toEqual(['decisionNumber', 'recognisedOn']);
      expect(response.json().error.fields.recognisedOn).toMatch(/^«Ngày công nhận» chưa nhập/);
    });

    it('is refused to the author, the unit head and the chair', async () => {
      const chair = await signedInLinked(ctx, 'chair', 'chutich.congnhan');
      for (const client of [author, head, chair]) {
        const response = await client.put(`${initiatives}/${authorsOwn}/recognition`, recognition);
        expect(response.statusCode).toBe(403);
      }
    });

    it('is given by the province administrator too', async () => {
      const province = await TestClient.signedIn(ctx.app, 'tinh.97', PASSWORD);
      const response = await province.put(`${initiatives}/${authorsOwn}/recognition`, {
        ...recognition,
        level: 'tinh',
      });
      expect(response.json().level).toBe('tinh');
    });

    it('freezes the text for the author once recognised; the officer may still correct it', async () => {
      const refused = await author.put(
        `${initiatives}/${authorsOwn}`,
        anInitiative(org.clerkId, { title: 'Đổi' }),
      );
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toBe(
        'Sáng kiến đã được công nhận; chỉ cán bộ thi đua, khen thưởng được sửa.',
      );
      const corrected = await officer.put(
        `${initiatives}/${authorsOwn}`,
        anInitiative(org.clerkId, { title: 'Số hóa hồ sơ một cửa liên thông' }),
      );
      expect(corrected.json().title).toBe('Số hóa hồ sơ một cửa liên thông');
    });

    it('is withdrawn with all three parts empty, and the author may edit again', async () => {
      const withdrawn = await officer.put(`${initiatives}/${authorsOwn}/recognition`, {});
      expect(withdrawn.json()).toMatchObject({ level: null, recognisedOn: null, decisionNumber: null });
      const edited = await author.put(
        `${initiatives}/${authorsOwn}`,
        anInitiative(org.clerkId, { title: 'Mới' }),
      );
      expect(edited.statusCode).toBe(200);
    });
  });

  describe('editing', () => {
    it('lets the unit head edit the unit’s people’s initiatives but not hand one to another unit’s person', async () => {
      expect((await head.put(`${initiatives}/${authorsOwn}`, anInitiative(org.clerkId))).statusCode).toBe(
        200,
      );
      const moved = await head.put(`${initiatives}/${authorsOwn}`, anInitiative(org.policemanId));
      expect(moved.statusCode).toBe(403);
    });

    it('refuses a member editing someone else’s initiative', async () => {
      const policeman = await signedInLinked(ctx, 'member', 'canhsat', { personId: org.policemanId });
      const response = await policeman.put(`${initiatives}/${authorsOwn}`, anInitiative(org.policemanId));
      expect(response.statusCode).toBe(403);
    });
  });

  it('shows on the author’s record and their unit’s', async () => {
    const base = `/api/communes/${ctx.seed.communeA.id}`;
    const person = (await officer.get(`${base}/people/${org.clerkId}/achievements`)).json();
    expect(person.initiatives).toHaveLength(2);
    const unit = (await officer.get(`${base}/units/${org.officeId}/achievements`)).json();
    expect(unit.initiatives.map((i: { authorName: string }) => i.authorName)).toEqual([
      'Lê Thị Hoa',
      'Lê Thị Hoa',
    ]);
  });

  it('refuses filing, editing and recognising in a closed year', async () => {
    const path = await openYear(officer, ctx.seed.communeA.id, 2025);
    const filed = await author.post(`${path}/initiatives`, anInitiative(org.clerkId));
    await closeYear(officer, path);
    const id = filed.json().id;
    for (const response of [
      await author.post(`${path}/initiatives`, anInitiative(org.clerkId)),
      await author.put(`${path}/initiatives/${id}`, anInitiative(org.clerkId)),
      await officer.put(`${path}/initiatives/${id}/recognition`, recognition),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('YEAR_LOCKED');
    }
  });
});
