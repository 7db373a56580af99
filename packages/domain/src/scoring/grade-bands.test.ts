import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_BANDS, scaleWithBands } from './grade-bands';
import { ScoringSettingsInputSchema } from './scoring-settings';
import { DEFAULT_SCORING_SHEET } from './scoring-sheet';
import { proposeYearGrade } from './year-grade';

const settings = (overrides: Record<string, unknown> = {}) => ({
  criteria: DEFAULT_SCORING_SHEET.criteria,
  ...DEFAULT_GRADE_BANDS,
  headScorerUserId: null,
  ...overrides,
});
const months = (scores: number[]) =>
  scores.map((headScore, i) => ({ month: i + 1, selfScore: null, headScore }));

describe('grade bands of the commune', () => {
  it('default to 90 / 70 / 50 and 6 months', () => {
    expect(DEFAULT_GRADE_BANDS).toEqual({
      thresholds: { hoan_thanh_xuat_sac: 90, hoan_thanh_tot: 70, hoan_thanh: 50 },
      minimumMonths: 6,
    });
  });

  it('propose the year’s grade on the commune’s bands and minimum months', () => {
    const bands = {
      thresholds: { hoan_thanh_xuat_sac: 95, hoan_thanh_tot: 85, hoan_thanh: 60 },
      minimumMonths: 3,
    };
    expect(proposeYearGrade(months([92, 92, 92]), scaleWithBands(bands))).toMatchObject({
      grade: 'hoan_thanh_tot',
    });
    expect(proposeYearGrade(months([92, 92, 92]))).toMatchObject({ grade: null, minimumMonths: 6 });
  });

  it('must fall from one band to the next, each label named', () => {
    const parsed = ScoringSettingsInputSchema.safeParse(
      settings({ thresholds: { hoan_thanh_xuat_sac: 90, hoan_thanh_tot: 90, hoan_thanh: 95 } }),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual([
      'thresholds.hoan_thanh_tot',
      'thresholds.hoan_thanh',
    ]);
    expect(ScoringSettingsInputSchema.safeParse(settings({ minimumMonths: 13 })).success).toBe(false);
    expect(ScoringSettingsInputSchema.safeParse(settings()).success).toBe(true);
  });

  it('still checks the criteria add up to 100', () => {
    const parsed = ScoringSettingsInputSchema.safeParse(
      settings({ criteria: [{ code: 'a', name: 'A', maxPoints: 60 }] }),
    );
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['criteria']);
  });
});
