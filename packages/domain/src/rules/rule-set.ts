import type { IsoDate } from './dates';
import { isIsoDate } from './dates';
import type { AwardId, SubjectKind } from './ids';
import { rowsInForce, validateOverrides, type RuleOverride, type RuleScope } from './overrides';
import { nationalRulesWith, type PendingRegimeStarts } from './rule-book';
import type { RowOf, RuleRow } from './rule-row';
import { awardLabel } from './labels';
import { EARLIEST_RULE_DATE } from './sources';

/**
 * The rules in force on one date (for one province or commune when overrides are given), indexed
 * for the checks. Every evaluation records `asOf` and `regime` so it can be explained later.
 */
export interface RuleSet {
  readonly asOf: IsoDate;
  readonly scope: RuleScope | null;
  readonly regime: RowOf<'regime'>;
  readonly rows: readonly RuleRow[];
  readonly awards: ReadonlyMap<AwardId, RowOf<'award'>>;
  readonly authorities: ReadonlyMap<AwardId, RowOf<'authority'>>;
  readonly criteria: ReadonlyMap<AwardId, readonly RowOf<'criterion'>[]>;
  readonly disqualifiers: readonly RowOf<'disqualifier'>[];
  readonly caps: readonly RowOf<'cap'>[];
  readonly batchRules: ReadonlyMap<RowOf<'batch'>['rule'], RowOf<'batch'>>;
  readonly votes: readonly RowOf<'vote'>[];
  readonly rewards: ReadonlyMap<string, RowOf<'reward'>>;
  readonly baseSalary: RowOf<'base_salary'>;
  readonly rounding: RowOf<'rounding'>;
}

export interface RuleSetOptions {
  /** Province and commune settings, layered over the national rows (validated first). */
  overrides?: readonly RuleOverride[];
  scope?: RuleScope;
  /**
   * A pending law the province applies, each regime from the province's own date (a province
   * setting; e.g. `{ R2022_AMENDED: '2026-09-01' }`). Without it the national regimes apply.
   */
  pendingRegimes?: PendingRegimeStarts;
  /** Rows to use instead of the national book (e.g. `ruleRows` of a new regime): a law change is data. */
  national?: readonly RuleRow[];
}

/** The award's name as the rule set's date calls it (Xã, phường, thị trấn / đặc khu tiêu biểu). */
export const awardName = (ruleSet: RuleSet, award: AwardId): string =>
  ruleSet.awards.get(award)?.name ?? awardLabel(award);

export const rewardKey = (award: AwardId, subject: SubjectKind) => `${award}.${subject}`;

/**
 * The rules in force on `date`. Throws RangeError for a date before the rule book starts
 * (EARLIEST_RULE_DATE), for overrides that would replace the law, or for a pending regime that
 * cannot start on the date given: all caller errors.
 */
export function ruleSetAsOf(date: IsoDate, options: RuleSetOptions = {}): RuleSet {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  if (date < EARLIEST_RULE_DATE) throw new RangeError(`no rules before ${EARLIEST_RULE_DATE}: ${date}`);
  if (options.national && options.pendingRegimes)
    throw new RangeError('pendingRegimes apply to the national book, not to rows passed as national');
  const national = options.national ?? nationalRulesWith(options.pendingRegimes ?? {});
  const overrides = options.overrides ?? [];
  const problems = validateOverrides(overrides, national);
  if (problems.length > 0)
    throw new RangeError(`overrides not allowed: ${problems.map((p) => p.overrideId).join(', ')}`);

  const rows = rowsInForce([...national, ...overrides], date, options.scope ?? null).sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return indexRows(date, options.scope ?? null, rows);
}

function indexRows(asOf: IsoDate, scope: RuleScope | null, rows: RuleRow[]): RuleSet {
  const of = <T extends RuleRow['table']>(table: T) =>
    rows.filter((row): row is RowOf<T> => row.table === table);
  const criteria = new Map<AwardId, RowOf<'criterion'>[]>();
  for (const row of of('criterion')) criteria.set(row.award, [...(criteria.get(row.award) ?? []), row]);
  return {
    asOf,
    scope,
    regime: single(of('regime'), 'regime', asOf),
    rows,
    awards: new Map(of('award').map((row) => [row.award, row])),
    authorities: new Map(of('authority').map((row) => [row.award, row])),
    criteria,
    disqualifiers: of('disqualifier'),
    caps: of('cap'),
    batchRules: new Map(of('batch').map((row) => [row.rule, row])),
    votes: of('vote'),
    rewards: new Map(of('reward').map((row) => [rewardKey(row.award, row.subject), row])),
    baseSalary: single(of('base_salary'), 'base salary', asOf),
    rounding: single(of('rounding'), 'rounding', asOf),
  };
}

function single<T>(rows: T[], what: string, date: IsoDate): T {
  if (rows.length !== 1)
    throw new RangeError(`expected one ${what} row in force on ${date}, found ${rows.length}`);
  return rows[0]!;
}

/** The awards a subject may be nominated for on the rule set's date: what a registration may list. */
export function awardsForSubject(
  ruleSet: RuleSet,
  subject: SubjectKind,
  kind?: RowOf<'award'>['kind'],
): RowOf<'award'>[] {
  return [...ruleSet.awards.values()].filter(
    (row) => row.subjects.includes(subject) && (kind === undefined || row.kind === kind),
  );
}
