import type { CollectiveType, SubjectKind } from '../rules/ids';
import { awardsForSubject } from '../rules/rule-set';
import type { RuleSet } from '../rules/rule-set';

/** Who registers: a person, a collective of a given type, or a household; police and military units and their people hold the armed forces' titles. */
export type Registrant =
  | { kind: 'individual'; armedForces: boolean }
  | { kind: 'collective'; collectiveType: CollectiveType; armedForces: boolean }
  | { kind: 'household' };

/**
 * The titles a registrant may aim for at the start of the year, from the rules in force: only the
 * titles of its subject kind, of its collective type, and of its population (a police officer
 * registers «Chiến sĩ tiên tiến», not «Lao động tiên tiến»). Forms of commendation are not
 * registered, they are proposed at the year's end.
 */
export function registrableTitles(ruleSet: RuleSet, registrant: Registrant) {
  const population = registrant.kind !== 'household' && registrant.armedForces ? 'armed_forces' : 'civilian';
  return awardsForSubject(ruleSet, registrant.kind satisfies SubjectKind, 'title').filter(
    (title) =>
      (title.population === undefined || title.population === population) &&
      (title.collectiveType === undefined ||
        (registrant.kind === 'collective' && title.collectiveType === registrant.collectiveType)),
  );
}
