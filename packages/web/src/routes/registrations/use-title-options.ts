import { titlesRegistrableFor, type SubjectType, type TitleOption } from '@thidua/domain';
import { useOrganisationRecord, useUnits } from '../../api/organisation-hooks';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';

interface TitleOptions {
  options: TitleOption[];
  /** False until the subject, and the unit that decides its titles, are known. */
  ready: boolean;
}

/**
 * The titles a subject may register in the year (the domain's `titlesRegistrableFor`): the kind
 * of the unit decides (the police post and the military command hold the armed forces' titles).
 */
function useTitlesByUnit(subjectType: SubjectType, unitId: string | null, known: boolean): TitleOptions {
  const { year } = useYear();
  const units = useUnits(useCommuneId(), 'all');
  if (!known || !units.data) return { options: [], ready: false };
  const unitKind = (unitId && units.data.find((unit) => unit.id === unitId)?.kind) || null;
  return { options: titlesRegistrableFor(year, subjectType, unitKind), ready: true };
}

/** The titles the chosen person (through the unit they work in) or unit may register. */
export function useTitleOptions(subjectType: SubjectType | undefined, subjectId: string | null | undefined) {
  const communeId = useCommuneId();
  const personId = subjectType === 'person' ? subjectId : null;
  const person = useOrganisationRecord('people', communeId, personId || null);
  const isPerson = subjectType !== 'unit';
  const unitId = isPerson ? (person.data?.unitId ?? null) : (subjectId ?? null);
  const known = Boolean(subjectType && subjectId && (!isPerson || person.data));
  return useTitlesByUnit(isPerson ? 'person' : 'unit', unitId, known);
}

/** The individual titles the people of a unit may register (registering the whole unit). */
export function useUnitPeopleTitleOptions(unitId: string | null | undefined) {
  return useTitlesByUnit('person', unitId ?? null, Boolean(unitId));
}
