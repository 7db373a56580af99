import { AUTHORITY_RULES } from './authority';
import { AWARD_RULES } from './awards';
import { BASE_SALARY_ROWS, ROUNDING_RULES } from './base-salary';
import { BATCH_RULES, CAP_RULES } from './batch-rules';
import { pendingRuleContents, ruleRows, type RegimeDefinition, type RuleDeclaration } from './by-regime';
import { CRITERION_RULES } from './criteria';
import { isIsoDate, type IsoDate } from './dates';
import { DISQUALIFIER_RULES } from './disqualifiers';
import type { RegimeId } from './ids';
import { NATIONAL_REGIMES } from './regimes';
import { REWARD_COEFFICIENT_RULES } from './reward-coefficients';
import { parseRuleRows, type RuleContent, type RuleRow } from './rule-row';
import { VOTE_RULES } from './vote-thresholds';

/** Every national rule, written once per regime (`byRegime`). */
export const NATIONAL_DECLARATIONS: readonly RuleDeclaration[] = [
  ...AWARD_RULES,
  ...AUTHORITY_RULES,
  ...CRITERION_RULES,
  ...DISQUALIFIER_RULES,
  ...CAP_RULES,
  ...BATCH_RULES,
  ...VOTE_RULES,
  ...REWARD_COEFFICIENT_RULES,
  ...ROUNDING_RULES,
];

/**
 * A whole rule book: the rows of `declarations` under `regimes`, with the base salary, validated (a
 * bad row throws). A new law is more regimes and declarations passed here, not new code.
 */
export function buildRuleBook(
  regimes: readonly RegimeDefinition[],
  declarations: readonly RuleDeclaration[] = NATIONAL_DECLARATIONS,
): readonly RuleRow[] {
  return Object.freeze(parseRuleRows([...ruleRows(declarations, regimes), ...BASE_SALARY_ROWS]));
}

/**
 * The national rule book in force nationally: every row of every table, validated once when the
 * module loads. Pending regimes are left out; province and commune settings are layered on top.
 */
export const NATIONAL_RULES: readonly RuleRow[] = buildRuleBook(NATIONAL_REGIMES);

/** The regimes no law has put in force yet: a province may apply them from its own date. */
export const PENDING_REGIMES: readonly RegimeDefinition[] = NATIONAL_REGIMES.filter((r) => r.start === null);

/** Pending regimes switched on from a date: the province setting `RuleSetOptions.pendingRegimes`. */
export type PendingRegimeStarts = Partial<Record<RegimeId, IsoDate>>;

const withPending = new Map<string, readonly RuleRow[]>();

/**
 * The national rows when a province applies pending regimes from its own dates. Throws RangeError
 * for a regime that is not pending, a malformed date, or one not after the regime in force before.
 */
export function nationalRulesWith(starts: PendingRegimeStarts): readonly RuleRow[] {
  const entries = Object.entries(starts).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return NATIONAL_RULES;
  const key = JSON.stringify(entries);
  const cached = withPending.get(key);
  if (cached) return cached;
  const latestEnacted = NATIONAL_REGIMES.reduce(
    (latest, r) => (r.start !== null && r.start > latest ? r.start : latest),
    '',
  );
  for (const [regime, date] of entries) {
    if (!PENDING_REGIMES.some((r) => r.regime === regime))
      throw new RangeError(`not a pending regime: ${regime}`);
    if (!isIsoDate(date!) || date! <= latestEnacted)
      throw new RangeError(`${regime} cannot start on ${date}: it must follow ${latestEnacted}`);
  }
  const rows = buildRuleBook(
    NATIONAL_REGIMES.map((r) => (r.regime in starts ? { ...r, start: starts[r.regime]! } : r)),
  );
  withPending.set(key, rows);
  return rows;
}

/** What each pending regime would change, undated: for the generated reference. */
export function pendingRegimeContents(): { regime: RegimeDefinition; rules: RuleContent[] }[] {
  return PENDING_REGIMES.map((regime) => ({
    regime,
    rules: pendingRuleContents(NATIONAL_DECLARATIONS, regime),
  }));
}
