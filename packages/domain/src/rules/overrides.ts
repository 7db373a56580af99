import { isInForce, periodsOverlap, type IsoDate } from './dates';
import { formatCitation } from './labels';
import { RuleRowSchema, type RuleRow } from './rule-row';
import type { RuleMessageCode } from './rule-messages';

/** The province, and optionally the commune, whose rules are asked for. */
export interface RuleScope {
  province: string;
  commune?: string;
}

/**
 * A setting the law leaves to the province or commune: a whole rule row with the same id as the
 * national row it replaces (or a new criterion or cap), its `scope`, its dates and as `source` the
 * province's or commune's own document. Rows the law fixes ([V]) cannot be overridden.
 */
export type RuleOverride = RuleRow & { scope: RuleScope; certainty: 'local' };

export interface OverrideProblem {
  overrideId: string;
  code: RuleMessageCode;
  params: { ruleId: string; citation: string };
}

/** Why each override cannot stand; empty when all of them may be layered on the national rules. */
export function validateOverrides(
  overrides: readonly RuleOverride[],
  national: readonly RuleRow[],
): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  for (const override of overrides) {
    RuleRowSchema.parse(override);
    const replaced = national.filter((row) => row.id === override.id);
    const problem = (code: RuleMessageCode, row: RuleRow) =>
      problems.push({
        overrideId: override.id,
        code,
        params: { ruleId: override.id, citation: formatCitation(row.source, row.certainty) },
      });
    if (replaced.length === 0) {
      // New rows are a province's detailed criteria (judged by a person) or a cap of its own.
      const addable =
        override.table === 'cap' ||
        (override.table === 'criterion' && override.criterion.kind === 'judgement');
      if (!addable) problem('RULE_OVERRIDE_UNKNOWN_RULE', override);
      continue;
    }
    const clash = replaced.find(
      (row) =>
        row.table !== override.table || (row.certainty === 'verified' && periodsOverlap(row, override)),
    );
    if (clash) problem('RULE_OVERRIDE_NOT_ALLOWED', clash);
  }
  return problems;
}

/** 2: the commune's own row; 1: the province's; 0: national; -1: another place's row. */
function specificity(row: RuleRow, scope: RuleScope | null): number {
  if (!row.scope) return 0;
  if (!scope || row.scope.province !== scope.province) return -1;
  if (row.scope.commune === undefined) return 1;
  return row.scope.commune === scope.commune ? 2 : -1;
}

/** The rows in force on `date` for `scope`: for each id the most specific row wins. */
export function rowsInForce(rows: readonly RuleRow[], date: IsoDate, scope: RuleScope | null): RuleRow[] {
  const chosen = new Map<string, { row: RuleRow; rank: number }>();
  for (const row of rows) {
    if (!isInForce(row, date)) continue;
    const rank = specificity(row, scope);
    if (rank < 0) continue;
    const current = chosen.get(row.id);
    if (!current || rank > current.rank) chosen.set(row.id, { row, rank });
  }
  return [...chosen.values()].map(({ row }) => row);
}
