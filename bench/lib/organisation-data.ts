import { eq } from 'drizzle-orm';
import type { Database } from '../../packages/server/src/db/database';
import { adminUnits } from '../../packages/server/src/db/schema';
import type { Actor } from '../../packages/server/src/records/record-audit';
import {
  DEMO_GROUP_NAMES,
  generateDemoOrganisation,
} from '../../packages/server/src/features/demo/demo-organisation';
import { createResidentialGroup } from '../../packages/server/src/features/organisation/residential-groups';

/** Who the benchmarks' writes are audited as. */
export const BENCH_ACTOR: Actor = { id: null, name: 'Đo hiệu năng' };

export const BENCH_PROVINCE = { code: '90', name: 'Tỉnh Đo Hiệu Năng' } as const;

/** Commune codes 90001, 90002, … of the benchmark province. */
export const benchCommuneCode = (index: number) =>
  `${BENCH_PROVINCE.code}${String(index + 1).padStart(3, '0')}`;

/** The residential groups of a benchmark commune: the demo ward's ten khóm. */
export const BENCH_GROUP_NAMES: readonly string[] = DEMO_GROUP_NAMES;

interface DemoHarvest {
  names: string[];
  streets: string[];
  positions: string[];
}

/**
 * Plausible Vietnamese names, streets and positions, taken from the demo generator run with successive
 * seeds (the generator keeps its word lists to itself): the benchmarks write what the demo ward holds.
 */
export function harvestDemoWords(minimumNames: number): DemoHarvest {
  const names = new Set<string>();
  const streets = new Set<string>();
  const positions = new Set<string>();
  for (let seed = 1; names.size < minimumNames; seed++) {
    if (seed > 1_000) throw new Error(`the demo generator gives fewer than ${minimumNames} distinct names`);
    const demo = generateDemoOrganisation(seed);
    for (const household of demo.households) {
      names.add(household.headName);
      const street = /, đường (.+)$/.exec(household.address)?.[1];
      if (street) streets.add(street);
    }
    for (const person of demo.people) {
      names.add(person.fullName);
      positions.add(person.position);
    }
  }
  // Sorted, so the same seed picks the same name whatever order the harvest found them in.
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b, 'vi'));
  return {
    names: sorted(names).slice(0, minimumNames),
    streets: sorted(streets),
    positions: sorted(positions),
  };
}

/** Inserts the benchmark province (once) and returns its id. */
export async function ensureBenchProvince(db: Database): Promise<string> {
  const [existing] = await db
    .select({ id: adminUnits.id })
    .from(adminUnits)
    .where(eq(adminUnits.code, BENCH_PROVINCE.code));
  if (existing) return existing.id;
  const [province] = await db
    .insert(adminUnits)
    .values({ code: BENCH_PROVINCE.code, name: BENCH_PROVINCE.name, level: 'province' })
    .returning({ id: adminUnits.id });
  return province!.id;
}

/**
 * A commune of the benchmark province with the ten khóm, created the way the app creates them
 * (createResidentialGroup: derived search text, audit entry).
 */
export async function createBenchCommune(
  db: Database,
  index: number,
): Promise<{ id: string; code: string; name: string }> {
  const provinceId = await ensureBenchProvince(db);
  const code = benchCommuneCode(index);
  const name = `Phường Đo Hiệu Năng ${index + 1}`;
  const [commune] = await db
    .insert(adminUnits)
    .values({ code, name, level: 'ward', parentId: provinceId })
    .returning({ id: adminUnits.id });
  for (const groupName of BENCH_GROUP_NAMES) {
    await createResidentialGroup(db, BENCH_ACTOR, commune!.id, {
      name: groupName,
      kind: 'khom',
      leaderName: null,
      leaderPhone: null,
    });
  }
  return { id: commune!.id, code, name };
}
