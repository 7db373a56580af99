import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';
import { anIndicator, aPeriodTarget } from './emulation-year-fixtures';

interface IndicatorRow {
  id: string;
  name: string;
  position: number;
  periodTargetId: string | null;
}

describe.each(testDatabaseModes())('deleting, ordering and linking a year’s indicators on %s', (mode) => {
  const ctx = useTestApp(mode);
  let officer: TestClient;
  let years: string;
  let targets: string;

  beforeAll(async () => {
    officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    years = `/api/communes/${ctx.seed.communeA.id}/years`;
    targets = `/api/communes/${ctx.seed.communeA.id}/period-targets`;
  });

  /** A new year with indicators of the given names, in that order. */
  async function yearWith(year: number, names: string[]) {
    const yearId: string = (await officer.post(years, { year, theme: `Chủ đề ${year}` })).json().id;
    for (const name of names) await officer.post(`${years}/${yearId}/indicators`, anIndicator({ name }));
    const indicators: IndicatorRow[] = (await officer.get(`${years}/${yearId}`)).json().indicators;
    return { yearId, ids: indicators.map((i) => i.id), base: `${years}/${yearId}` };
  }

  const namesOf = async (base: string) =>
    (await officer.get(base)).json().indicators.map((i: IndicatorRow) => [i.position, i.name]);

  it('deletes an indicator, keeps its values in the audit log, and numbers the next one after the last', async () => {
    const { base, ids } = await yearWith(2020, ['Một', 'Hai', 'Ba']);
    const deleted = await officer.request('DELETE', `${base}/indicators/${ids[0]}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json().indicatorSummary).toBe('Đạt 0/2 chỉ tiêu');
    await officer.post(`${base}/indicators`, anIndicator({ name: 'Bốn' }));
    expect(await namesOf(base)).toEqual([
      [2, 'Hai'],
      [3, 'Ba'],
      [4, 'Bốn'],
    ]);
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, ids[0]!), eq(auditLog.action, 'delete')));
    expect(entry).toMatchObject({ entity: 'indicator', changes: { name: 'Một', target: 250 } });
    expect((await officer.request('DELETE', `${base}/indicators/${ids[0]}`)).statusCode).toBe(404);
  });

  it('orders the indicators as listed, numbering them from 1', async () => {
    const { base, ids } = await yearWith(2019, ['Một', 'Hai', 'Ba']);
    const ordered = await officer.put(`${base}/indicator-order`, { ids: [ids[2], ids[0], ids[1]] });
    expect(ordered.statusCode).toBe(200);
    expect(ordered.json().indicators.map((i: IndicatorRow) => [i.position, i.name])).toEqual([
      [1, 'Ba'],
      [2, 'Một'],
      [3, 'Hai'],
    ]);
  });

  it('refuses an order that leaves out, repeats or adds an indicator', async () => {
    const { base, ids } = await yearWith(2018, ['Một', 'Hai']);
    const other = await yearWith(2017, ['Khác']);
    for (const order of [
      [ids[0]],
      [ids[0], ids[0]],
      [ids[0], ids[1], other.ids[0]],
      [ids[0], other.ids[0]],
    ]) {
      const response = await officer.put(`${base}/indicator-order`, { ids: order });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('INDICATOR_ORDER_MISMATCH');
    }
    expect(await namesOf(base)).toEqual([
      [1, 'Một'],
      [2, 'Hai'],
    ]);
  });

  it('refuses to delete an indicator of another year through this year’s address', async () => {
    const { base } = await yearWith(2016, ['Một']);
    const other = await yearWith(2015, ['Khác']);
    expect((await officer.request('DELETE', `${base}/indicators/${other.ids[0]}`)).statusCode).toBe(404);
    expect(await namesOf(other.base)).toEqual([[1, 'Khác']]);
  });

  describe('links to a five-year target', () => {
    let targetId: string;
    let base: string;
    const insured = anIndicator({
      name: 'Tỷ lệ tham gia bảo hiểm y tế',
      unit: '%',
      field: 'culture_society',
      target: 95,
    });

    beforeAll(async () => {
      targetId = (await officer.post(targets, aPeriodTarget())).json().id;
      base = (await yearWith(2027, [])).base;
    });

    it('links an indicator of the same field and direction within the period', async () => {
      const created = await officer.post(`${base}/indicators`, { ...insured, periodTargetId: targetId });
      expect(created.statusCode).toBe(201);
      expect(created.json().indicators[0].periodTargetId).toBe(targetId);
    });

    it('refuses a second indicator of the same year for one target', async () => {
      const again = await officer.post(`${base}/indicators`, {
        ...insured,
        name: 'Lần hai',
        periodTargetId: targetId,
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.fields.periodTargetId).toBe(
        'Năm 2027 đã có chỉ tiêu «Tỷ lệ tham gia bảo hiểm y tế» theo dõi mục tiêu «Tỷ lệ dân số tham gia bảo hiểm y tế»; mỗi năm một chỉ tiêu.',
      );
    });

    it('lets the linked indicator itself be saved again', async () => {
      const [indicator] = (await officer.get(base)).json().indicators;
      const saved = await officer.put(`${base}/indicators/${indicator.id}`, {
        ...insured,
        actual: 96,
        periodTargetId: targetId,
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json().indicators[0]).toMatchObject({ actual: 96, periodTargetId: targetId });
    });

    it('refuses a link across fields or directions, naming the target’s', async () => {
      const response = await officer.post(`${base}/indicators`, {
        ...insured,
        name: 'Khác lĩnh vực',
        field: 'economy',
        periodTargetId: targetId,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields.periodTargetId).toBe(
        'Chỉ tiêu phải cùng lĩnh vực «Văn hóa – xã hội» và cách đánh giá «Càng cao càng tốt» với mục tiêu 5 năm «Tỷ lệ dân số tham gia bảo hiểm y tế».',
      );
      const lower = await officer.post(`${base}/indicators`, {
        ...insured,
        direction: 'lower',
        periodTargetId: targetId,
      });
      expect(lower.json().error.code).toBe('INDICATOR_PERIOD_TARGET_MISMATCH');
    });

    it('refuses a link from a year outside the period', async () => {
      const before = await yearWith(2025, []);
      const response = await officer.post(`${before.base}/indicators`, {
        ...insured,
        periodTargetId: targetId,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields.periodTargetId).toBe(
        'Năm 2025 không thuộc giai đoạn 2026–2030 của mục tiêu «Tỷ lệ dân số tham gia bảo hiểm y tế».',
      );
    });

    it('refuses a target of another commune as not found', async () => {
      const officerB = await TestClient.signedIn(ctx.app, 'canbo.b', PASSWORD);
      const foreign = await officerB.post(
        `/api/communes/${ctx.seed.communeB.id}/period-targets`,
        aPeriodTarget(),
      );
      const response = await officer.post(`${base}/indicators`, {
        ...insured,
        name: 'Mượn mục tiêu',
        periodTargetId: foreign.json().id,
      });
      expect(response.statusCode).toBe(404);
    });
  });

  it('refuses deleting, ordering and linking in a closed year', async () => {
    const { base, ids, yearId } = await yearWith(2014, ['Một', 'Hai']);
    for (const status of ['running', 'reviewing', 'closed']) {
      await officer.patch(`${years}/${yearId}`, { status });
    }
    const targetId = (
      await officer.post(targets, aPeriodTarget({ fromYear: 2011, toYear: 2015, field: 'economy' }))
    ).json().id;
    const attempts = [
      officer.request('DELETE', `${base}/indicators/${ids[0]}`),
      officer.put(`${base}/indicator-order`, { ids: [ids[1], ids[0]] }),
      officer.put(`${base}/indicators/${ids[0]}`, anIndicator({ name: 'Một', periodTargetId: targetId })),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error.message).toBe(
        'Năm thi đua 2014 đã khóa sổ; số liệu của năm không được sửa nữa.',
      );
    }
    const year = (await officer.get(base)).json();
    expect(year.indicators.map((i: IndicatorRow) => [i.name, i.periodTargetId])).toEqual([
      ['Một', null],
      ['Hai', null],
    ]);
  });
});
