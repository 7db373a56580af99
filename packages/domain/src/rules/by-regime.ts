import { dayBefore, type IsoDate } from './dates';
import type { AwardId, RegimeId } from './ids';
import type { Certainty, RowOf, RuleContent, RuleRow, RuleTable, Source } from './rule-row';

/** What a row holds besides its id, dates, source and certainty. */
export type RowValues<T extends RuleTable> = T extends RuleTable
  ? Omit<RowOf<T>, 'id' | 'effectiveFrom' | 'effectiveTo' | 'source' | 'certainty' | 'note' | 'scope'>
  : never;

/**
 * A regime of the law (legal-rules.md §1): the texts in force together from a first day. A pending
 * law has no national first day (`start: null`); a province switches it on from its own date.
 */
export interface RegimeDefinition {
  regime: string;
  start: IsoDate | null;
  name: string;
  texts: string[];
  source: Source;
  certainty: Certainty;
  note?: string;
}

/** One rule under one regime: its source, how sure it is, and what differs from the rule's shared values. */
export interface RegimeVersion<T extends RuleTable> {
  source: Source;
  certainty: Certainty;
  note?: string;
  values?: Partial<RowValues<T>>;
  /** A first day later than the regime's, for a text of the regime that took effect later (Nghị định 86/2023). */
  from?: IsoDate;
}

/** The rule stops under this regime (from its first day, or from `from`). */
export interface Ending {
  ended: true;
  from?: IsoDate;
}

export type VersionEntry<T extends RuleTable> = RegimeVersion<T> | Ending;

/**
 * A rule written once per regime. A version holds from its regime's first day until the next regime
 * listed for the rule; an `Ending` stops the rule; an unlisted later regime keeps the last version.
 */
export interface RuleDeclaration<T extends RuleTable = RuleTable> {
  id: string;
  values: RowValues<T>;
  versions: Partial<Record<string, VersionEntry<T>>>;
}

/** The one way the tables write a versioned rule: its shared values and its version per regime. */
export function byRegime<T extends RuleTable, R extends string = RegimeId>(
  id: string,
  values: RowValues<T>,
  versions: Partial<Record<R, VersionEntry<T>>>,
): RuleDeclaration<T> {
  return { id, values, versions } as RuleDeclaration<T>;
}

/** The same versions for several awards: one rule per award, its id `prefix.award`. */
export function forAwards<T extends RuleTable>(
  prefix: string,
  awards: readonly AwardId[],
  values: (award: AwardId) => RowValues<T>,
  versions: Partial<Record<RegimeId, VersionEntry<T>>>,
): RuleDeclaration<T>[] {
  return awards.map((award) => byRegime<T>(`${prefix}.${award}`, values(award), versions));
}

/** The regime rows themselves: each regime is the version of the rule `regime` under itself. */
export function regimeDeclaration(regimes: readonly RegimeDefinition[]): RuleDeclaration<'regime'> {
  const versions: Record<string, RegimeVersion<'regime'>> = {};
  for (const { regime, name, texts, source, certainty, note } of regimes)
    versions[regime] = { source, certainty, ...(note ? { note } : {}), values: { regime, name, texts } };
  return {
    id: 'regime',
    values: { table: 'regime', regime: regimes[0]!.regime, name: '', texts: [] },
    versions,
  };
}

/** The row content of one version, without its dates. */
export function contentOf(declaration: RuleDeclaration, version: RegimeVersion<RuleTable>): RuleContent {
  return {
    id: declaration.id,
    ...declaration.values,
    ...version.values,
    source: version.source,
    certainty: version.certainty,
    ...(version.note ? { note: version.note } : {}),
  } as RuleContent;
}

/** JSON with sorted keys, so two versions compare equal whatever order their values were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The dated rows of `declarations` under the regimes that have a first day, in order of that day.
 * Consecutive versions with the same content become one row, so a regime that changes nothing about
 * a rule adds no row. Throws on a malformed table (two versions of one rule under one regime, a
 * version starting outside its regime): a programming error.
 */
export function ruleRows(
  declarations: readonly RuleDeclaration[],
  regimes: readonly RegimeDefinition[],
): RuleRow[] {
  const calendar = regimes
    .filter((r): r is RegimeDefinition & { start: IsoDate } => r.start !== null)
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  const all = [regimeDeclaration(regimes), ...declarations];
  const ids = [...new Set(all.map((d) => d.id))];
  return ids.flatMap((id) => {
    const mine = all.filter((d) => d.id === id);
    const entries = calendar.flatMap((regime, index) => {
      const found = mine.filter((d) => d.versions[regime.regime] !== undefined);
      if (found.length > 1) throw new Error(`${id}: two versions under ${regime.regime}`);
      if (found.length === 0) return [];
      const version = found[0]!.versions[regime.regime]!;
      const from = version.from ?? regime.start;
      const next = calendar[index + 1]?.start;
      if (from < regime.start || (next !== undefined && from >= next))
        throw new Error(`${id}: version under ${regime.regime} starts outside it (${from})`);
      return [{ declaration: found[0]!, version, from }];
    });
    const rows: RuleRow[] = [];
    for (const [index, { declaration, version, from }] of entries.entries()) {
      if ('ended' in version) continue;
      const next = entries[index + 1];
      const effectiveTo = next ? dayBefore(next.from) : null;
      const content = contentOf(declaration, version);
      const last = rows.at(-1);
      if (last && last.effectiveTo === dayBefore(from) && sameContent(last, content)) {
        last.effectiveTo = effectiveTo;
        continue;
      }
      rows.push({ ...content, effectiveFrom: from, effectiveTo } as RuleRow);
    }
    return rows;
  });
}

function sameContent(row: RuleRow, content: RuleContent): boolean {
  const { effectiveFrom: _from, effectiveTo: _to, ...rest } = row;
  return canonical(rest) === canonical(content);
}

/** What a pending regime would change: its versions, undated, for the reference and the CLI. */
export function pendingRuleContents(
  declarations: readonly RuleDeclaration[],
  regime: RegimeDefinition,
): RuleContent[] {
  return [regimeDeclaration([regime]), ...declarations].flatMap((declaration) => {
    const version = declaration.versions[regime.regime];
    return version && !('ended' in version) ? [contentOf(declaration, version)] : [];
  });
}
