import { describe, expect, it } from 'vitest';
import { ruleSetAsOf } from './rule-set';
import { RuleSettingsInputSchema, ruleSetOptionsOf, type ProvinceRuleSettings } from './rule-settings';

const province = { province: '97' };
const settings = (over: Partial<ProvinceRuleSettings> = {}): ProvinceRuleSettings => ({
  higherTitlesThreshold: 90,
  amendedLawFrom: null,
  documentNumber: null,
  documentDate: null,
  ...over,
});
const higherTitles = (date: string, s: ProvinceRuleSettings) =>
  ruleSetAsOf(date, ruleSetOptionsOf(s, province)).votes.find((v) => v.id === 'vote.higher_titles')!;

describe('ruleSetOptionsOf: a province’s settings as rule set options (legal-rules.md §1, §6)', () => {
  it('keeps the national rows when the province keeps the defaults', () => {
    const options = ruleSetOptionsOf(settings(), province);
    expect(options).toEqual({ scope: province, overrides: [], pendingRegimes: {} });
  });

  it('makes the province’s threshold a local override of vote.higher_titles from R2024, citing its document', () => {
    const s = settings({
      higherTitlesThreshold: 80,
      documentNumber: '12/2026/QĐ-UBND',
      documentDate: '2026-03-02',
    });
    const row = higherTitles('2026-06-01', s);
    expect(row.threshold.share).toEqual({ num: 80, den: 100 });
    expect(row.certainty).toBe('local');
    expect(row.scope).toEqual(province);
    expect(row.source.document).toBe('12/2026/QĐ-UBND ngày 02/03/2026');
    expect(higherTitles('2024-01-01', s).threshold.share.num).toBe(80);
  });

  it('leaves R2003’s fixed 90 % alone, and other provinces keep 90 %', () => {
    const s = settings({
      higherTitlesThreshold: 80,
      documentNumber: '12/2026/QĐ-UBND',
      documentDate: '2026-03-02',
    });
    expect(higherTitles('2023-12-31', s).threshold.share.num).toBe(90);
    const elsewhere = ruleSetAsOf('2026-06-01', {
      ...ruleSetOptionsOf(s, province),
      scope: { province: '96' },
    });
    expect(elsewhere.votes.find((v) => v.id === 'vote.higher_titles')!.threshold.share.num).toBe(90);
  });

  it('applies the amending law from the province’s date, not the day before', () => {
    const s = settings({
      amendedLawFrom: '2026-09-01',
      documentNumber: '5/QĐ-UBND',
      documentDate: '2026-08-01',
    });
    const regimeOn = (date: string) => ruleSetAsOf(date, ruleSetOptionsOf(s, province)).regime.regime;
    expect(regimeOn('2026-08-31')).toBe('R2025');
    expect(regimeOn('2026-09-01')).toBe('R2022_AMENDED');
  });
});

describe('RuleSettingsInputSchema', () => {
  const valid = { higherTitlesThreshold: 90, amendedLawFrom: null, documentNumber: null, documentDate: null };

  it('accepts the defaults without a document', () => {
    expect(RuleSettingsInputSchema.safeParse(valid).success).toBe(true);
  });

  it('bounds the threshold to 50..100', () => {
    const doc = { documentNumber: '1/QĐ', documentDate: '2026-01-02' };
    expect(RuleSettingsInputSchema.safeParse({ ...valid, ...doc, higherTitlesThreshold: 50 }).success).toBe(
      true,
    );
    expect(RuleSettingsInputSchema.safeParse({ ...valid, ...doc, higherTitlesThreshold: 100 }).success).toBe(
      true,
    );
    expect(RuleSettingsInputSchema.safeParse({ ...valid, ...doc, higherTitlesThreshold: 49 }).success).toBe(
      false,
    );
    expect(RuleSettingsInputSchema.safeParse({ ...valid, ...doc, higherTitlesThreshold: 101 }).success).toBe(
      false,
    );
  });

  it('requires the document and its date when a setting differs from the default', () => {
    const result = RuleSettingsInputSchema.safeParse({ ...valid, amendedLawFrom: '2026-09-01' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'documentDate',
      'documentNumber',
    ]);
  });

  it('refuses an amending law starting before R2025 ends its first day', () => {
    const doc = { documentNumber: '1/QĐ', documentDate: '2026-01-02' };
    expect(
      RuleSettingsInputSchema.safeParse({ ...valid, ...doc, amendedLawFrom: '2025-07-01' }).success,
    ).toBe(false);
    expect(
      RuleSettingsInputSchema.safeParse({ ...valid, ...doc, amendedLawFrom: '2025-07-02' }).success,
    ).toBe(true);
  });
});
