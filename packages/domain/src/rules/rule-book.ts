import { AUTHORITY_ROWS } from './authority';
import { AWARD_ROWS } from './awards';
import { BASE_SALARY_ROWS, ROUNDING_ROWS } from './base-salary';
import { BATCH_ROWS, CAP_ROWS } from './batch-rules';
import { CRITERION_ROWS } from './criteria';
import { DISQUALIFIER_ROWS } from './disqualifiers';
import { REGIME_ROWS } from './regimes';
import { REWARD_COEFFICIENT_ROWS } from './reward-coefficients';
import { parseRuleRows, type RuleRow } from './rule-row';
import { VOTE_ROWS } from './vote-thresholds';

/**
 * The national rule book: every row of every table, validated once when the module loads (a bad
 * constant is a programming error). Province and commune settings are layered on top by overrides.
 */
export const NATIONAL_RULES: readonly RuleRow[] = Object.freeze(
  parseRuleRows([
    ...REGIME_ROWS,
    ...AWARD_ROWS,
    ...AUTHORITY_ROWS,
    ...CRITERION_ROWS,
    ...DISQUALIFIER_ROWS,
    ...CAP_ROWS,
    ...BATCH_ROWS,
    ...VOTE_ROWS,
    ...REWARD_COEFFICIENT_ROWS,
    ...BASE_SALARY_ROWS,
    ...ROUNDING_ROWS,
  ]),
);
