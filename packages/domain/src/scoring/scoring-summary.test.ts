import { describe, expect, it } from 'vitest';
import { summariseYearScores } from './scoring-summary';

const months = (...headScores: (number | null)[]) =>
  headScores.map((headScore, i) => ({ month: i + 1, selfScore: null, headScore }));

describe('summariseYearScores', () => {
  it('gives the proposal once enough months are scored', () => {
    expect(summariseYearScores(months(80, 82, 84, 86, 88, 90))).toEqual({
      monthsScored: 6,
      average: 85,
      proposedGrade: 'hoan_thanh_tot',
      cappedByWeakMonth: false,
    });
  });

  it('gives the average but no grade before that, and no average before any month', () => {
    expect(summariseYearScores(months(91, null, 92.5))).toEqual({
      monthsScored: 2,
      average: 91.8,
      proposedGrade: null,
      cappedByWeakMonth: false,
    });
    expect(summariseYearScores([])).toMatchObject({ monthsScored: 0, average: null, proposedGrade: null });
  });
});
