import { lastDayOfYear } from '../calendar/calendar-year';
import type { UnitKind } from '../organisation/organisation';
import type { IsoDate } from '../rules/dates';
import { TITLE_IDS, type TitleId } from '../rules/ids';
import { awardLabel } from '../rules/labels';
import { awardName, ruleSetAsOf, type RuleSet } from '../rules/rule-set';
import { EARLIEST_RULE_DATE } from '../rules/sources';
import { registrableTitles, type Registrant } from './registrable-titles';
import type { SubjectType } from '../emulation-year/year-records';

/** Units whose people hold the armed forces' titles (Chiến sĩ tiên tiến instead of Lao động tiên tiến). */
const ARMED_FORCES_UNIT_KINDS: readonly UnitKind[] = ['police', 'military'];

/**
 * What a person or a unit of the commune is to the rules: a person is an individual, a unit a
 * collective of type «unit»; both belong to the armed forces when the unit (the person's unit, or
 * the unit itself) is the police post or the military command.
 */
export function registrantOf(
  subjectType: SubjectType,
  unitKind: UnitKind | null,
): Extract<Registrant, { armedForces: boolean }> {
  const armedForces = unitKind !== null && ARMED_FORCES_UNIT_KINDS.includes(unitKind);
  return subjectType === 'person'
    ? { kind: 'individual', armedForces }
    : { kind: 'collective', collectiveType: 'unit', armedForces };
}

/**
 * The day whose rules decide what may be registered for a year: its last day, when the titles for
 * the year's work are conferred (the rule book starts at EARLIEST_RULE_DATE; older years use that).
 */
export function registrationRulesDate(year: number): IsoDate {
  const lastDay = lastDayOfYear(year);
  return lastDay < EARLIEST_RULE_DATE ? EARLIEST_RULE_DATE : lastDay;
}

export interface TitleOption {
  id: TitleId;
  label: string;
}

const ruleSets = new Map<number, RuleSet>();

function ruleSetOfYear(year: number): RuleSet {
  let ruleSet = ruleSets.get(year);
  if (!ruleSet) {
    ruleSet = ruleSetAsOf(registrationRulesDate(year));
    ruleSets.set(year, ruleSet);
  }
  return ruleSet;
}

/**
 * The titles a person or a unit may register for in a year, in the catalog's order (TITLE_IDS:
 * the commune's own titles first), named as the rules of that year name them (Luật Thi đua, khen
 * thưởng 2022, Điều 20–29; registrableTitles).
 */
export function titlesRegistrableFor(
  year: number,
  subjectType: SubjectType,
  unitKind: UnitKind | null,
): TitleOption[] {
  const ruleSet = ruleSetOfYear(year);
  return registrableTitles(ruleSet, registrantOf(subjectType, unitKind))
    .map((row) => ({ id: row.award as TitleId, label: awardName(ruleSet, row.award) }))
    .sort((a, b) => TITLE_IDS.indexOf(a.id) - TITLE_IDS.indexOf(b.id));
}

/** The titles' names as users read them in lists (the latest name the rule book gives each). */
export const REGISTRATION_TITLE_LABELS = Object.fromEntries(
  TITLE_IDS.map((title) => [title, awardLabel(title)]),
) as Record<TitleId, string>;

export function registrationTitleLabel(title: TitleId): string {
  return REGISTRATION_TITLE_LABELS[title];
}
