import { describe, expect, it } from 'vitest';
import { evaluateIndicator, roundHalfUp, summariseIndicators } from './indicators';

describe('evaluateIndicator', () => {
  it('reads the reports’ example: vocational training 267 of 250 workers is 106,8 %, exceeded', () => {
    expect(evaluateIndicator({ direction: 'higher', target: 250, actual: 267 })).toEqual({
      verdict: 'vuot',
      percent: 106.8,
      percentText: '106,8%',
    });
  });

  it.each([
    ['higher', 100, 100, 'dat', '100%'],
    ['higher', 100, 99.9, 'chua_dat', '99,9%'],
    ['higher', 100, 100.01, 'vuot', '100%'],
    ['lower', 9, 8.5, 'vuot', '105,9%'],
    ['lower', 9, 9, 'dat', '100%'],
    ['lower', 9, 9.2, 'chua_dat', '97,8%'],
    ['exact', 12, 12, 'dat', '100%'],
    ['exact', 12, 13, 'chua_dat', '108,3%'],
    ['exact', 12, 11, 'chua_dat', '91,7%'],
  ] as const)(
    '%s is better, target %d, actual %d → %s (%s)',
    (direction, target, actual, verdict, percentText) => {
      expect(evaluateIndicator({ direction, target, actual })).toMatchObject({ verdict, percentText });
    },
  );

  it('compares decimals as typed: 0,1 + 0,2 reaching a target of 0,3 meets it', () => {
    expect(evaluateIndicator({ direction: 'higher', target: 0.3, actual: 0.1 + 0.2 }).verdict).toBe('dat');
  });

  it('gives a verdict but no percent for a zero target', () => {
    expect(evaluateIndicator({ direction: 'higher', target: 0, actual: 3 })).toEqual({
      verdict: 'vuot',
      percent: null,
      percentText: null,
    });
    expect(evaluateIndicator({ direction: 'lower', target: 0, actual: 0 })).toEqual({
      verdict: 'dat',
      percent: null,
      percentText: null,
    });
    expect(evaluateIndicator({ direction: 'lower', target: 0, actual: 2 }).verdict).toBe('chua_dat');
  });

  it('waits for both figures before judging', () => {
    expect(evaluateIndicator({ direction: 'higher', target: null, actual: 5 }).verdict).toBe('chua_danh_gia');
    expect(evaluateIndicator({ direction: 'lower', target: 5, actual: null })).toEqual({
      verdict: 'chua_danh_gia',
      percent: null,
      percentText: null,
    });
  });
});

describe('roundHalfUp', () => {
  it('rounds the decimal digits half away from zero, where binary floats would not', () => {
    expect(roundHalfUp(106.75, 1)).toBe(106.8);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(-2.25, 1)).toBe(-2.3);
    expect(roundHalfUp(99.94, 1)).toBe(99.9);
  });
});

describe('summariseIndicators', () => {
  it('counts met and exceeded over all indicators, as "Đạt 10/12 chỉ tiêu"', () => {
    const verdicts = [
      ...Array.from({ length: 6 }, () => ({ verdict: 'dat' as const })),
      ...Array.from({ length: 4 }, () => ({ verdict: 'vuot' as const })),
      { verdict: 'chua_dat' as const },
      { verdict: 'chua_danh_gia' as const },
    ];
    expect(summariseIndicators(verdicts)).toEqual({
      met: 10,
      evaluated: 11,
      total: 12,
      text: 'Đạt 10/12 chỉ tiêu',
    });
  });
});
