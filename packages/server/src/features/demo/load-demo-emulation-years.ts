import { and, eq } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert';
import type { Database } from '../../db/database';
import {
  achievements,
  disciplines,
  emulationYears,
  exemplars,
  indicators,
  initiatives,
  monthlyScores,
  movementReviews,
  movements,
  pactParties,
  pacts,
  periodTargets,
  registrationEvents,
  registrations,
  users,
  yearGrades,
} from '../../db/schema';
import { generateDemoEmulationHistory, type DemoSubject } from './demo-emulation-years';
import type { DemoOrganisation } from './demo-organisation';
import type { DemoOrganisationIds } from './load-demo-organisation';

export interface DemoEmulationCounts {
  years: number;
  movements: number;
  registrations: number;
  monthlyScores: number;
  yearGrades: number;
}

/**
 * Writes the demo ward's emulation years (inside the demo's transaction, after its organisation):
 * one statement per table, the many-row tables as bulk inserts. The scoring sheet is left unset,
 * so the ward uses the default sheet the months were scored on. Also links the demo accounts to
 * the unit and person they stand for.
 */
export async function loadDemoEmulationYears(
  tx: Database,
  communeId: string,
  organisation: DemoOrganisation,
  ids: DemoOrganisationIds,
): Promise<DemoEmulationCounts> {
  const history = generateDemoEmulationHistory(organisation);
  const subjectIds = (subject: DemoSubject) =>
    'personIndex' in subject
      ? { subjectType: 'person' as const, personId: ids.person(subject.personIndex), unitId: null }
      : { subjectType: 'unit' as const, personId: null, unitId: ids.unit(subject.unitKey) };
  const newId = () => crypto.randomUUID();

  const targetIds = new Map(history.periodTargets.map((t) => [t.key, newId()]));
  const positionInPeriod = new Map<string, number>();
  await tx.insert(periodTargets).values(
    history.periodTargets.map(({ key, ...target }) => {
      const period = `${target.fromYear}-${target.toYear}`;
      const position = (positionInPeriod.get(period) ?? 0) + 1;
      positionInPeriod.set(period, position);
      return { communeId, id: targetIds.get(key)!, position, ...target };
    }),
  );

  const rows = {
    years: [] as (typeof emulationYears.$inferInsert)[],
    indicators: [] as (typeof indicators.$inferInsert)[],
    movements: [] as (typeof movements.$inferInsert)[],
    reviews: [] as (typeof movementReviews.$inferInsert)[],
    pacts: [] as (typeof pacts.$inferInsert)[],
    parties: [] as (typeof pactParties.$inferInsert)[],
    registrations: [] as (typeof registrations.$inferInsert)[],
    events: [] as (typeof registrationEvents.$inferInsert)[],
    scores: [] as (typeof monthlyScores.$inferInsert)[],
    grades: [] as (typeof yearGrades.$inferInsert)[],
    achievements: [] as (typeof achievements.$inferInsert)[],
    initiatives: [] as (typeof initiatives.$inferInsert)[],
    exemplars: [] as (typeof exemplars.$inferInsert)[],
  };
  for (const year of history.years) {
    const yearId = newId();
    rows.years.push({
      communeId,
      id: yearId,
      year: year.year,
      theme: year.theme,
      status: year.status,
      registrationDeadline: year.registrationDeadline,
      // A closed year keeps the sheet it was scored on: the default one (version 0).
      scoringSheetVersion: year.status === 'closed' ? 0 : null,
    });
    year.indicators.forEach(({ periodTargetKey, ...indicator }, i) =>
      rows.indicators.push({
        communeId,
        yearId,
        position: i + 1,
        ...indicator,
        periodTargetId: periodTargetKey ? targetIds.get(periodTargetKey)! : null,
      }),
    );
    for (const { reviews, ...movement } of year.movements) {
      const movementId = newId();
      rows.movements.push({ communeId, id: movementId, yearId, ...movement });
      rows.reviews.push(...reviews.map((review) => ({ communeId, movementId, ...review })));
    }
    for (const { parties, ...pact } of year.pacts) {
      const pactId = newId();
      rows.pacts.push({ communeId, id: pactId, yearId, ...pact });
      rows.parties.push(
        ...parties.map(({ unitKey, ...party }) => ({
          communeId,
          pactId,
          unitId: ids.unit(unitKey),
          ...party,
        })),
      );
    }
    for (const { subject, events, ...registration } of year.registrations) {
      const registrationId = newId();
      rows.registrations.push({
        communeId,
        id: registrationId,
        yearId,
        ...subjectIds(subject),
        ...registration,
        createdAt: new Date(events[0]!.at),
        updatedAt: new Date(events.at(-1)!.at),
      });
      rows.events.push(
        ...events.map(({ at, ...event }) => ({
          communeId,
          id: newId(),
          registrationId,
          ...event,
          createdAt: new Date(at),
        })),
      );
    }
    rows.scores.push(
      ...year.monthlyScores.map(({ personIndex, ...score }) => ({
        communeId,
        id: newId(),
        yearId,
        personId: ids.person(personIndex),
        ...score,
      })),
    );
    rows.grades.push(
      ...year.yearGrades.map(({ personIndex, ...grade }) => ({
        communeId,
        id: newId(),
        yearId,
        personId: ids.person(personIndex),
        ...grade,
      })),
    );
    rows.achievements.push(
      ...year.achievements.map(({ subject, ...achievement }) => ({
        communeId,
        yearId,
        ...subjectIds(subject),
        ...achievement,
      })),
    );
    rows.initiatives.push(
      ...year.initiatives.map(({ personIndex, ...initiative }) => ({
        communeId,
        yearId,
        personId: ids.person(personIndex),
        ...initiative,
      })),
    );
    for (const { subject, ...exemplar } of year.exemplars) {
      const about =
        'household' in subject
          ? {
              subjectType: 'household' as const,
              personId: null,
              unitId: null,
              householdId: ids.household(subject.household),
            }
          : { ...subjectIds(subject), householdId: null };
      rows.exemplars.push({ communeId, yearId, ...about, ...exemplar });
    }
  }

  await tx.insert(emulationYears).values(rows.years);
  await tx.insert(indicators).values(rows.indicators);
  await tx.insert(movements).values(rows.movements);
  await tx.insert(movementReviews).values(rows.reviews);
  await tx.insert(pacts).values(rows.pacts);
  await tx.insert(pactParties).values(rows.parties);
  await bulkInsert(tx, registrations, rows.registrations);
  await bulkInsert(tx, registrationEvents, rows.events);
  await bulkInsert(tx, monthlyScores, rows.scores);
  await bulkInsert(tx, yearGrades, rows.grades);
  await tx.insert(achievements).values(rows.achievements);
  await tx.insert(initiatives).values(rows.initiatives);
  await tx.insert(exemplars).values(rows.exemplars);
  await tx.insert(disciplines).values(
    history.disciplines.map(({ personIndex, ...discipline }) => ({
      communeId,
      personId: ids.person(personIndex),
      ...discipline,
    })),
  );
  for (const link of history.accountLinks) {
    await tx
      .update(users)
      .set({ unitId: link.unitKey ? ids.unit(link.unitKey) : null, personId: ids.person(link.personIndex) })
      .where(and(eq(users.adminUnitId, communeId), eq(users.username, link.username)));
  }

  return {
    years: rows.years.length,
    movements: rows.movements.length,
    registrations: rows.registrations.length,
    monthlyScores: rows.scores.length,
    yearGrades: rows.grades.length,
  };
}
