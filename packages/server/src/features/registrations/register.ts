import { and, asc, eq, isNull } from 'drizzle-orm';
import {
  formatDateVi,
  isStoppedByDeadline,
  mayActOnRegistration,
  REGISTRATION_ACTION_LABELS,
  REGISTRATION_MOVES,
  REGISTRATION_STATUS_LABELS,
  registrationTitleLabel,
  registrationWindow,
  type BulkRegistrationInput,
  type BulkRegistrationResult,
  type RegistrationAction,
  type RegistrationInput,
  type RegistrationMover,
  type RegistrationStatus,
  type RegistrationView,
  type ScopedUser,
  type TitleId,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { explainUniqueViolation } from '../../db/errors';
import { people, registrationEvents } from '../../db/schema';
import { AppError, fieldError, forbidden } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { lockOpenYear, lockOpenYearRecord } from '../../records/open-year';
import { insertRecord, updateRecord } from '../../records/record-writes';
import { getRegistration, getRegistrations, standingRegistrationIds } from './registrations';
import {
  checkSubjectActive,
  checkTitleRegistrable,
  loadRegistrationSubject,
  moverOf,
  type RegistrationSubject,
} from './registration-subjects';

/** Who acts: their role and links (what they may write) and their name for the audit and the history. */
export interface Registrar extends ScopedUser {
  actor: Actor;
}

type OpenYear = Awaited<ReturnType<typeof lockOpenYear>>;

/** After the deadline only the officer registers or changes registrations (registration-status.ts). */
function checkDeadline(
  action: RegistrationAction | 'create',
  mover: RegistrationMover,
  year: OpenYear,
  today: string,
): void {
  const { open } = registrationWindow(year.registrationDeadline, today);
  if (isStoppedByDeadline(action, mover, open)) {
    throw new AppError('REGISTRATION_DEADLINE_PASSED', 403, {
      year: year.year,
      deadline: formatDateVi(year.registrationDeadline!),
    });
  }
}

/** Every status change is kept, with who made it and why, in the transaction of the change. */
async function appendEvent(
  tx: Database,
  communeId: string,
  registrationId: string,
  status: RegistrationStatus,
  reason: string | null,
  actor: Actor,
): Promise<void> {
  await tx
    .insert(registrationEvents)
    .values({ communeId, registrationId, status, reason, actorName: actor.name });
}

/** The registration refused as a duplicate names the subject, the title and the year. */
const taken = (subject: string, title: TitleId, year: number) =>
  fieldError('REGISTRATION_TAKEN', 409, 'title', { subject, title: registrationTitleLabel(title), year });

/** Inserts a submitted registration and the first step of its history. */
async function insertRegistration(
  tx: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  subject: Pick<RegistrationSubject, 'subjectType' | 'personId' | 'unitId'>,
  title: TitleId,
): Promise<string> {
  const input = {
    subjectType: subject.subjectType,
    personId: subject.personId,
    unitId: subject.unitId,
    title,
  };
  const id = await insertRecord(tx, actor, 'registration', communeId, input, { yearId });
  await appendEvent(tx, communeId, id, 'submitted', null, actor);
  return id;
}

/** Registers a person or a unit for a title of the year, if the user may write that subject's records. */
export async function createRegistration(
  db: Database,
  registrar: Registrar,
  communeId: string,
  yearId: string,
  input: RegistrationInput,
  today: string,
): Promise<RegistrationView> {
  const refusal = { subject: '', year: 0 };
  const id = await explainUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const year = await lockOpenYear(tx, communeId, yearId);
        const subject = await loadRegistrationSubject(tx, communeId, input);
        const mover = moverOf(registrar, subject);
        if (!mover.ownsSubject) throw forbidden();
        checkDeadline('create', mover, year, today);
        checkSubjectActive(subject, input.subjectType === 'person' ? 'personId' : 'unitId');
        checkTitleRegistrable(year.year, subject, input.title);
        Object.assign(refusal, { subject: subject.name, year: year.year });
        return insertRegistration(tx, registrar.actor, communeId, yearId, subject, input.title);
      }),
    () => taken(refusal.subject, input.title, refusal.year),
  );
  return getRegistration(db, communeId, id);
}

/**
 * Registers a whole unit: its collective title, and one individual title for its active people
 * (all, or the chosen ones). Those who already hold that registration are left as they are.
 */
export async function registerUnit(
  db: Database,
  registrar: Registrar,
  communeId: string,
  yearId: string,
  input: BulkRegistrationInput,
  today: string,
): Promise<BulkRegistrationResult> {
  const result = await db.transaction(async (tx) => {
    const year = await lockOpenYear(tx, communeId, yearId);
    const unit = await loadRegistrationSubject(tx, communeId, {
      subjectType: 'unit',
      personId: null,
      unitId: input.unitId,
    });
    const mover = moverOf(registrar, unit);
    if (!mover.ownsSubject) throw forbidden();
    checkDeadline('create', mover, year, today);
    checkSubjectActive(unit, 'unitId');
    if (input.unitTitle) checkTitleRegistrable(year.year, unit, input.unitTitle, 'unitTitle');
    if (input.personTitle) {
      const peopleOfUnit = {
        subjectType: 'person',
        unitKind: unit.unitKind,
        name: `Cá nhân của ${unit.name}`,
      } as const;
      checkTitleRegistrable(year.year, peopleOfUnit, input.personTitle, 'personTitle');
    }
    const members = input.personTitle ? await chosenMembers(tx, communeId, unit, input.personIds) : [];

    const created: string[] = [];
    const alreadyRegistered: string[] = [];
    if (input.unitTitle) {
      const standing = await standingRegistrationIds(tx, communeId, yearId, input.unitTitle, {
        unitId: unit.unitId!,
      });
      if (standing.size > 0) alreadyRegistered.push(unit.name);
      else
        created.push(await insertRegistration(tx, registrar.actor, communeId, yearId, unit, input.unitTitle));
    }
    if (input.personTitle) {
      const standing = await standingRegistrationIds(tx, communeId, yearId, input.personTitle, {
        personIds: members.map((m) => m.id),
      });
      for (const member of members) {
        if (standing.has(member.id)) {
          alreadyRegistered.push(member.name);
          continue;
        }
        const person = { subjectType: 'person', personId: member.id, unitId: null } as const;
        created.push(
          await insertRegistration(tx, registrar.actor, communeId, yearId, person, input.personTitle),
        );
      }
    }
    return { created, alreadyRegistered };
  });
  return {
    created: await getRegistrations(db, communeId, result.created),
    alreadyRegistered: result.alreadyRegistered,
  };
}

/** The unit's active people, or the chosen ones, who must all be among them. */
async function chosenMembers(
  tx: Database,
  communeId: string,
  unit: RegistrationSubject,
  chosen: string[] | null,
): Promise<{ id: string; name: string }[]> {
  const members = await tx
    .select({ id: people.id, name: people.fullName })
    .from(people)
    .where(and(eq(people.communeId, communeId), eq(people.unitId, unit.unitId!), isNull(people.retiredOn)))
    .orderBy(asc(people.sortName), asc(people.id));
  if (!chosen) return members;
  const wanted = new Set(chosen);
  const outside = wanted.size - members.filter((m) => wanted.has(m.id)).length;
  if (outside > 0)
    throw fieldError('REGISTRATION_NOT_UNIT_MEMBERS', 400, 'personIds', { count: outside, unit: unit.name });
  return members.filter((m) => wanted.has(m.id));
}

/** What a move carries: the officer's reason for a return, the new title of a resubmission. */
export interface MoveDetails {
  reason?: string;
  title?: TitleId;
}

/**
 * Moves a registration of the year one step (registration-status.ts): the officer accepts or returns
 * it (with a reason); its owner sends a returned one again, maybe for another title, or withdraws it.
 */
export async function moveRegistration(
  db: Database,
  registrar: Registrar,
  communeId: string,
  yearId: string,
  id: string,
  action: RegistrationAction,
  details: MoveDetails,
  today: string,
): Promise<RegistrationView> {
  const refusal = { subject: '', year: 0, title: details.title };
  await explainUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const { year, record: before } = await lockOpenYearRecord(tx, 'registration', communeId, yearId, id);
        const subject = await loadRegistrationSubject(tx, communeId, before);
        const mover = moverOf(registrar, subject);
        if (!mayActOnRegistration(action, mover)) throw forbidden();
        const move = REGISTRATION_MOVES[action];
        if (!move.from.includes(before.status)) {
          throw new AppError('REGISTRATION_MOVE_NOT_ALLOWED', 409, {
            action: REGISTRATION_ACTION_LABELS[action].toLowerCase(),
            status: REGISTRATION_STATUS_LABELS[before.status],
          });
        }
        checkDeadline(action, mover, year, today);
        const title = action === 'resubmit' && details.title ? details.title : before.title;
        if (action === 'resubmit') {
          checkSubjectActive(subject, subject.personId ? 'personId' : 'unitId');
          checkTitleRegistrable(year.year, subject, title);
        }
        Object.assign(refusal, { subject: subject.name, year: year.year, title });
        const reason = action === 'return' ? (details.reason ?? null) : null;
        await updateRecord(
          tx,
          registrar.actor,
          'registration',
          communeId,
          before,
          { status: move.to, returnReason: reason, title },
          {},
        );
        await appendEvent(tx, communeId, id, move.to, reason, registrar.actor);
      }),
    () => taken(refusal.subject, refusal.title!, refusal.year),
  );
  return getRegistration(db, communeId, id);
}
