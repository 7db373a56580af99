import { and, eq } from 'drizzle-orm';
import {
  recordSubjectOf,
  registrationMoverOf,
  registrationTitleLabel,
  titlesRegistrableFor,
  type RegistrationMover,
  type ScopedUser,
  type SubjectType,
  type TitleId,
  type UnitKind,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { people, units } from '../../db/schema';
import { fieldError, notFound } from '../../http/app-error';
import { personUnit } from '../organisation/people';

/** The person or unit a registration is about, with what decides who may write it and what it may register. */
export interface RegistrationSubject {
  subjectType: SubjectType;
  personId: string | null;
  unitId: string | null;
  name: string;
  /** The person's unit, or the unit itself. */
  subjectUnitId: string | null;
  unitKind: UnitKind | null;
  retiredOn: string | null;
}

/** The subject a registration names (the commune's own records only: anything else is not found). */
export async function loadRegistrationSubject(
  tx: Database,
  communeId: string,
  ref: { subjectType: SubjectType; personId: string | null; unitId: string | null },
): Promise<RegistrationSubject> {
  if (ref.subjectType === 'person') {
    const [person] = ref.personId
      ? await tx
          .select({
            name: people.fullName,
            unitId: people.unitId,
            unitKind: units.kind,
            retiredOn: people.retiredOn,
          })
          .from(people)
          .leftJoin(units, personUnit)
          .where(and(eq(people.communeId, communeId), eq(people.id, ref.personId)))
      : [];
    if (!person) throw notFound();
    return {
      subjectType: 'person',
      personId: ref.personId,
      unitId: null,
      name: person.name,
      subjectUnitId: person.unitId,
      unitKind: person.unitKind,
      retiredOn: person.retiredOn,
    };
  }
  const [unit] = ref.unitId
    ? await tx
        .select({ name: units.name, kind: units.kind, retiredOn: units.retiredOn })
        .from(units)
        .where(and(eq(units.communeId, communeId), eq(units.id, ref.unitId)))
    : [];
  if (!unit) throw notFound();
  return {
    subjectType: 'unit',
    personId: null,
    unitId: ref.unitId,
    name: unit.name,
    subjectUnitId: ref.unitId,
    unitKind: unit.kind,
    retiredOn: unit.retiredOn,
  };
}

/** Whether the user keeps the commune's records, and whether their write scope covers the subject. */
export function moverOf(user: ScopedUser, subject: RegistrationSubject): RegistrationMover {
  return registrationMoverOf(user, recordSubjectOf(subject));
}

/** A retired person or unit registers no more. */
export function checkSubjectActive(subject: RegistrationSubject, field: string): void {
  if (subject.retiredOn)
    throw fieldError('REGISTRATION_SUBJECT_RETIRED', 400, field, { subject: subject.name });
}

/** The title must be one the subject may register in the year (registrableTitles, by the rules in force). */
export function checkTitleRegistrable(
  year: number,
  subject: Pick<RegistrationSubject, 'subjectType' | 'unitKind' | 'name'>,
  title: TitleId,
  field = 'title',
): void {
  const allowed = titlesRegistrableFor(year, subject.subjectType, subject.unitKind);
  if (allowed.some((option) => option.id === title)) return;
  throw fieldError('REGISTRATION_TITLE_NOT_ALLOWED', 400, field, {
    subject: subject.name,
    title: registrationTitleLabel(title),
    allowed: allowed.map((option) => `«${option.label}»`).join(', '),
  });
}
