import { and, asc, eq } from 'drizzle-orm';
import {
  EMPLOYMENT_CATEGORY_LABELS,
  formatNumberVi,
  GROUP_KIND_LABELS,
  UNIT_KIND_LABELS,
  type SearchHit,
  type SearchResults,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { households, people, residentialGroups, units } from '../../db/schema';
import { householdGroup } from './households';
import { personUnit } from './people';
import { prefixFirst, searchCondition } from './search-condition';

/**
 * One box finds people, households, groups and units by name without diacritics: `nguyen van an`
 * finds "Nguyễn Văn An", `to dan pho 3` finds "Tổ dân phố 3". Each kind returns its best `limit`.
 */
export async function searchOrganisation(
  db: Database,
  communeId: string,
  query: string,
  limit: number,
): Promise<SearchResults> {
  const [foundPeople, foundHouseholds, foundGroups, foundUnits] = await Promise.all([
    db
      .select({
        id: people.id,
        fullName: people.fullName,
        position: people.position,
        category: people.employmentCategory,
        unitName: units.name,
        retiredOn: people.retiredOn,
      })
      .from(people)
      .leftJoin(units, personUnit)
      .where(and(eq(people.communeId, communeId), searchCondition(people.searchText, query)))
      .orderBy(prefixFirst(people.searchText, query), asc(people.sortName))
      .limit(limit),
    db
      .select({
        id: households.id,
        headName: households.headName,
        address: households.address,
        memberCount: households.memberCount,
        groupName: residentialGroups.name,
        retiredOn: households.retiredOn,
      })
      .from(households)
      .innerJoin(residentialGroups, householdGroup)
      .where(and(eq(households.communeId, communeId), searchCondition(households.searchText, query)))
      .orderBy(prefixFirst(households.searchText, query), asc(households.sortName))
      .limit(limit),
    db
      .select()
      .from(residentialGroups)
      .where(
        and(eq(residentialGroups.communeId, communeId), searchCondition(residentialGroups.searchText, query)),
      )
      .orderBy(prefixFirst(residentialGroups.searchText, query), asc(residentialGroups.searchText))
      .limit(limit),
    db
      .select()
      .from(units)
      .where(and(eq(units.communeId, communeId), searchCondition(units.searchText, query)))
      .orderBy(prefixFirst(units.searchText, query), asc(units.searchText))
      .limit(limit),
  ]);
  const hit = (
    kind: SearchHit['kind'],
    id: string,
    title: string,
    detail: string,
    retiredOn: string | null,
  ) => ({
    kind,
    id,
    title,
    detail,
    retiredOn,
  });
  return {
    query,
    people: foundPeople.map((p) =>
      hit(
        'person',
        p.id,
        p.fullName,
        [p.position ?? EMPLOYMENT_CATEGORY_LABELS[p.category], p.unitName].filter(Boolean).join(' – '),
        p.retiredOn,
      ),
    ),
    households: foundHouseholds.map((h) =>
      hit(
        'household',
        h.id,
        h.headName,
        `${h.address} – ${h.groupName} – ${formatNumberVi(h.memberCount)} nhân khẩu`,
        h.retiredOn,
      ),
    ),
    groups: foundGroups.map((g) =>
      hit(
        'group',
        g.id,
        g.name,
        [GROUP_KIND_LABELS[g.kind], g.leaderName].filter(Boolean).join(' – '),
        g.retiredOn,
      ),
    ),
    units: foundUnits.map((u) => hit('unit', u.id, u.name, UNIT_KIND_LABELS[u.kind], u.retiredOn)),
  };
}
