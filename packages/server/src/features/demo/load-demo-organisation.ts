import { foldForSearch } from '@thidua/domain';
import type { Database } from '../../db/database';
import { households, people, residentialGroups, units } from '../../db/schema';
import { householdDerivedColumns } from '../organisation/households';
import { personDerivedColumns } from '../organisation/people';
import { generateDemoOrganisation } from './demo-organisation';

const BATCH = 1_000;

/** Writes the generated organisation into the demo ward (inside the demo's transaction). */
export async function loadDemoOrganisation(
  tx: Database,
  communeId: string,
): Promise<{ units: number; groups: number; people: number; households: number }> {
  const organisation = generateDemoOrganisation();
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
  await tx.insert(people).values(
    organisation.people.map(({ unitKey, ...p }) => {
      const input = { ...p, unitId: unitIds.get(unitKey)!, serviceEnd: null };
      return { communeId, ...input, ...personDerivedColumns(input) };
    }),
  );
  for (let start = 0; start < organisation.households.length; start += BATCH) {
    await tx.insert(households).values(
      organisation.households.slice(start, start + BATCH).map(({ groupName, ...h }) => {
        const input = { ...h, groupId: groupIds.get(groupName)! };
        return { communeId, ...input, ...householdDerivedColumns(input) };
      }),
    );
  }
  return {
    units: organisation.units.length,
    groups: organisation.groups.length,
    people: organisation.people.length,
    households: organisation.households.length,
  };
}
