import type { RuleRow } from './rule-row';
import type { RuleSet } from './rule-set';

export interface RuleChange {
  change: 'added' | 'removed' | 'changed';
  id: string;
  table: RuleRow['table'];
  before: RuleRow | null;
  after: RuleRow | null;
  /** The fields whose values differ, dates of validity aside (the source counts: a new text is a change). */
  fields: string[];
}

const DATE_FIELDS = new Set(['effectiveFrom', 'effectiveTo']);

function fieldsThatDiffer(a: RuleRow, b: RuleRow): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter((key) => !DATE_FIELDS.has(key))
    .filter(
      (key) =>
        JSON.stringify((a as Record<string, unknown>)[key]) !==
        JSON.stringify((b as Record<string, unknown>)[key]),
    )
    .sort();
}

/**
 * What changed from the rules of `a`'s date to those of `b`'s date: rows that appeared, rows that
 * ended, and rows whose values or sources differ. A law change reads as this list.
 */
export function diffRuleSets(a: RuleSet, b: RuleSet): RuleChange[] {
  const before = new Map(a.rows.map((row) => [row.id, row]));
  const after = new Map(b.rows.map((row) => [row.id, row]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: RuleChange[] = [];
  for (const id of ids) {
    const old = before.get(id) ?? null;
    const now = after.get(id) ?? null;
    if (old && now) {
      const fields = fieldsThatDiffer(old, now);
      if (fields.length > 0)
        changes.push({ change: 'changed', id, table: now.table, before: old, after: now, fields });
    } else if (now) {
      changes.push({ change: 'added', id, table: now.table, before: null, after: now, fields: [] });
    } else if (old) {
      changes.push({ change: 'removed', id, table: old.table, before: old, after: null, fields: [] });
    }
  }
  return changes;
}
