import { foldForSearch } from '@thidua/domain';
import type { Database } from '../../db/database';
import { households, people, residentialGroups, units } from '../../db/schema';
import { householdDerivedColumns } from '../organisation/households';
import { personDerivedColumns } from '../organisation/people';
import type { DemoHousehold, DemoOrganisation } from './demo-organisation';

const BATCH = 1_000;

/** A household as the emulation history names it: its group, head and address. */
type HouseholdRef = Pick<DemoHousehold, 'groupName' | 'headName' | 'address'>;

/** The ids the demo's units (by key), people (by index) and households were written with. */
export interface DemoOrganisationIds {
  unit: (key: string) => string;
  person: (index: number) => string;
  household: (household: HouseholdRef) => string;
}

const householdKeyOf = (h: HouseholdRef) => `${h.groupName}|${h.headName}|${h.address}`;

/** Writes the generated organisation into the demo ward (inside the demo's transaction). */
export async function loadDemoOrganisation(
  tx: Database,
  communeId: string,
  organisation: DemoOrganisation,
): Promise<DemoOrganisationIds> {
  const unitIds = new Map(organisation.units.map((u) => [u.key, crypto.randomUUID()]));
  await tx.insert(units).values(
    organisation.units.map((u) => ({
      communeId,
      id: unitIds.get(u.key)!,
      name: u.name,
      kind: u.kind,
      parentId: u.parentKey ? unitIds.get(u.parentKey)! : null,
      searchText: foldForSearch(u.name),
    })),
  );
  const groupIds = new Map(organisation.groups.map((g) => [g.name, crypto.randomUUID()]));
  await tx.insert(residentialGroups).values(
    organisation.groups.map((g) => ({
      communeId,
      id: groupIds.get(g.name)!,
      ...g,
      searchText: foldForSearch(g.name),
    })),
  );
  const personIds = organisation.people.map(() => crypto.randomUUID());
  await tx.insert(people).values(
    organisation.people.map(({ unitKey, ...p }, index) => {
      const input = { ...p, unitId: unitIds.get(unitKey)!, serviceEnd: null };
      return { communeId, id: personIds[index]!, ...input, ...personDerivedColumns(input) };
    }),
  );
  const householdIds = new Map(organisation.households.map((h) => [householdKeyOf(h), crypto.randomUUID()]));
  for (let start = 0; start < organisation.households.length; start += BATCH) {
    await tx.insert(households).values(
      organisation.households.slice(start, start + BATCH).map((household) => {
        const { groupName, ...h } = household;
        const input = { ...h, groupId: groupIds.get(groupName)! };
        return {
          communeId,
          id: householdIds.get(householdKeyOf(household))!,
          ...input,
          ...householdDerivedColumns(input),
        };
      }),
    );
  }
  const found = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demo: ${what} not loaded`);
    return value;
  };
  return {
    unit: (key) => found(unitIds.get(key), `unit ${key}`),
    person: (index) => found(personIds[index], `person ${index}`),
    household: (household) =>
      found(householdIds.get(householdKeyOf(household)), `household ${household.address}`),
  };
}
