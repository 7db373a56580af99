import { describe, expect, it } from 'vitest';
import { dayAfter, dayBefore, periodsOverlap } from './dates';
import { AWARD_IDS } from './ids';
import { formatCitation } from './labels';
import { NATIONAL_RULES } from './rule-book';
import { RuleRowSchema, type RuleRow } from './rule-row';
import { ruleSetAsOf } from './rule-set';
import { EARLIEST_RULE_DATE } from './sources';

const byId = new Map<string, RuleRow[]>();
for (const row of NATIONAL_RULES) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);

describe('the national rule book', () => {
  it('holds every table of legal-rules.md, each row valid against its schema', () => {
    for (const row of NATIONAL_RULES) expect(RuleRowSchema.safeParse(row).success).toBe(true);
    const tables = new Set(NATIONAL_RULES.map((row) => row.table));
    expect([...tables].sort()).toEqual(
      [
        'award',
        'authority',
        'base_salary',
        'batch',
        'cap',
        'criterion',
        'disqualifier',
        'regime',
        'reward',
        'rounding',
        'vote',
      ].sort(),
    );
  });

  it.each([...byId.entries()])('%s: its versions never overlap in time', (_id, rows) => {
    for (const [i, a] of rows.entries())
      for (const b of rows.slice(i + 1))
        expect(periodsOverlap(a, b), `${a.effectiveFrom} / ${b.effectiveFrom}`).toBe(false);
  });

  it('every row cites a document and an article', () => {
    for (const row of NATIONAL_RULES) {
      expect(row.source.document.length).toBeGreaterThan(5);
      expect(formatCitation(row.source)).toMatch(/^(Điều|Chương|Phụ lục|toàn văn)/);
    }
  });

  it('has the three regimes of legal-rules.md §1 back to back, with no day uncovered', () => {
    const regimes = byId.get('regime')!;
    expect(regimes.map((r) => [r.effectiveFrom, r.effectiveTo])).toEqual([
      ['2017-10-01', '2023-12-31'],
      ['2024-01-01', '2025-06-30'],
      ['2025-07-01', null],
    ]);
  });

  it.each(['regime', 'base_salary', 'rounding'])('%s: one row in force on every day from the first', (id) => {
    const rows = [...byId.get(id)!].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    for (const [i, row] of rows.slice(1).entries())
      expect(rows[i]!.effectiveTo).toBe(dayBefore(row.effectiveFrom));
    expect(rows.at(-1)!.effectiveTo).toBeNull();
    expect(rows[0]!.effectiveFrom <= EARLIEST_RULE_DATE).toBe(true);
  });

  it('knows every stable id of legal-rules.md §2 as a title or form', () => {
    const known = new Set(NATIONAL_RULES.filter((r) => r.table === 'award').map((r) => r.award));
    expect([...known].sort()).toEqual([...AWARD_IDS].sort());
  });
});

/** The first day a version is in force: the day before, the previous version (or none) was. */
const boundaries = NATIONAL_RULES.filter((row) => row.effectiveFrom > EARLIEST_RULE_DATE).map(
  (row) => [row.id, row.effectiveFrom, formatCitation(row.source), row] as const,
);
const endings = NATIONAL_RULES.filter((row) => row.effectiveTo !== null).map(
  (row) => [row.id, row.effectiveTo!, formatCitation(row.source), row] as const,
);

describe('every row takes effect on its first day and not the day before', () => {
  it.each(boundaries)('%s from %s (%s)', (id, from, _citation, row) => {
    expect(ruleSetAsOf(from).rows.find((r) => r.id === id)).toEqual(row);
    expect(ruleSetAsOf(dayBefore(from)).rows.find((r) => r.id === id)).not.toEqual(row);
  });
});

describe('every row that ends is in force on its last day and gone the day after', () => {
  it.each(endings)('%s until %s (%s)', (id, to, _citation, row) => {
    expect(ruleSetAsOf(to).rows.find((r) => r.id === id)).toEqual(row);
    const next = NATIONAL_RULES.find((r) => r.id === id && r.effectiveFrom === dayAfter(to));
    expect(ruleSetAsOf(dayAfter(to)).rows.find((r) => r.id === id)).toEqual(next);
  });
});

describe('ruleSetAsOf', () => {
  it('refuses a date before the rule book starts or a malformed one (caller errors)', () => {
    expect(() => ruleSetAsOf('2017-09-30')).toThrow(RangeError);
    expect(() => ruleSetAsOf('2024-02-30')).toThrow(RangeError);
    expect(ruleSetAsOf('2017-10-01').regime.regime).toBe('R2003');
  });

  it.each([
    ['2023-12-31', 'R2003'],
    ['2024-01-01', 'R2024'],
    ['2025-06-30', 'R2024'],
    ['2025-07-01', 'R2025'],
  ])('on %s the regime is %s (legal-rules.md §1)', (date, regime) => {
    expect(ruleSetAsOf(date).regime.regime).toBe(regime);
  });
});
