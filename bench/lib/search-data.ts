import type pg from 'pg';
import {
  composeIdNumber,
  EMPLOYMENT_CATEGORIES,
  foldForSearch,
  nameSortKey,
  searchTextOf,
} from '@thidua/domain';
import { DEMO_UNITS } from '../../packages/server/src/features/demo/demo-organisation';
import { householdDerivedColumns } from '../../packages/server/src/features/organisation/households';
import { personDerivedColumns } from '../../packages/server/src/features/organisation/people';
import { BENCH_PROVINCE, harvestDemoWords } from './organisation-data';
import { progress } from './report';

export interface SearchDataSize {
  communes: number;
  groupsPerCommune: number;
  households: number;
  people: number;
}

export interface SearchData {
  /** Commune ids in code order (90001, 90002, …). */
  communeIds: string[];
  /** The distinct names the rows were drawn from, and the streets and group names, for the queries. */
  names: string[];
  streets: string[];
  groupNames: (communeIndex: number) => string[];
  generateMs: number;
  analyzeMs: number;
  /** Rows read back and compared with what the app's own code derives from them; and how many differed. */
  checkedRows: number;
  mismatches: string[];
}

const PROVINCE_OF_BIRTH = '087';
const HOUSEHOLD_CHUNK = 100_000;

/** Group names: "Khóm 1" … in even communes, "Tổ dân phố 1" … in odd ones. */
const groupNamesOf = (communeIndex: number, groups: number) =>
  Array.from({ length: groups }, (_, g) => `${communeIndex % 2 === 0 ? 'Khóm' : 'Tổ dân phố'} ${g + 1}`);

/**
 * Fills a migrated, empty database fast: the few thousand distinct names, streets and positions go in once
 * (with their folded forms computed here by the domain's own functions, so they match what the app writes),
 * then `INSERT … SELECT … FROM generate_series` builds the million rows inside PostgreSQL by joining them by
 * number. Helper tables (bench_*) are dropped again; VACUUM ANALYZE at the end, as autovacuum would.
 */
export async function generateSearchData(client: pg.ClientBase, size: SearchDataSize): Promise<SearchData> {
  const startedAt = performance.now();
  const words = harvestDemoWords(4_000);
  const { names, streets, positions } = words;

  const {
    rows: [province],
  } = await client.query<{ id: string }>(
    `insert into admin_units (code, name, level) values ($1, $2, 'province') returning id`,
    [BENCH_PROVINCE.code, BENCH_PROVINCE.name],
  );
  const { rows: communes } = await client.query<{ id: string }>(
    `insert into admin_units (code, name, level, parent_id)
     select $2 || lpad(n::text, 3, '0'), 'Phường Đo Hiệu Năng ' || n, 'ward', $1
     from generate_series(1, $3::int) n order by n returning id, code`,
    [province!.id, BENCH_PROVINCE.code, size.communes],
  );
  const communeIds = communes.map((c) => c.id);

  // Groups and units, a row per commune and name; slots number them for the joins below.
  await client.query(`create table bench_group_slots (slot int primary key, commune_id uuid, group_id uuid)`);
  await client.query(`create table bench_unit_slots (slot int primary key, commune_id uuid, unit_id uuid)`);
  for (const [c, communeId] of communeIds.entries()) {
    const groupNames = groupNamesOf(c, size.groupsPerCommune);
    await client.query(
      `with inserted as (
         insert into residential_groups (commune_id, name, kind, search_text)
         select $1, name, $2, folded from unnest($3::text[], $4::text[]) with ordinality g(name, folded, k)
         order by k returning id, search_text)
       insert into bench_group_slots
       select $5 + k - 1, $1, inserted.id from inserted join unnest($4::text[]) with ordinality g(folded, k)
         on g.folded = inserted.search_text`,
      [communeId, c % 2 === 0 ? 'khom' : 'to_dan_pho', groupNames, groupNames.map(foldForSearch), c * 100],
    );
    await client.query(
      `with inserted as (
         insert into units (commune_id, name, kind, search_text)
         select $1, name, kind, folded from unnest($2::text[], $3::text[], $4::text[]) u(name, kind, folded)
         returning id, search_text)
       insert into bench_unit_slots
       select $5 + k - 1, $1, inserted.id from inserted join unnest($4::text[]) with ordinality u(folded, k)
         on u.folded = inserted.search_text`,
      [
        communeId,
        DEMO_UNITS.map((u) => u.name),
        DEMO_UNITS.map((u) => u.kind),
        DEMO_UNITS.map((u) => foldForSearch(u.name)),
        c * 100,
      ],
    );
  }

  await client.query(
    `create table bench_names (n int primary key, full_name text, folded text, sort_key text)`,
  );
  await client.query(
    `insert into bench_names select k - 1, name, folded, sort_key
     from unnest($1::text[], $2::text[], $3::text[]) with ordinality t(name, folded, sort_key, k)`,
    [names, names.map(foldForSearch), names.map(nameSortKey)],
  );
  await client.query(`create table bench_streets (n int primary key, name text, folded text)`);
  await client.query(
    `insert into bench_streets select k - 1, name, folded
     from unnest($1::text[], $2::text[]) with ordinality t(name, folded, k)`,
    [streets, streets.map(foldForSearch)],
  );
  await client.query(`create table bench_positions (n int primary key, name text, folded text)`);
  await client.query(
    `insert into bench_positions select k - 1, name, folded
     from unnest($1::text[], $2::text[]) with ordinality t(name, folded, k)`,
    [positions, positions.map((p) => searchTextOf(p))],
  );

  // Household i: commune i % communes, group (i / communes) % groups, house number i / (communes × groups) + 1,
  // so (group, head, address) is unique; the head is a name picked by hashing i (PostgreSQL's hashint4, which
  // spreads every ward over the whole list: a multiplicative hash gave each ward only a quarter of the names).
  const slotsPerRound = size.communes * size.groupsPerCommune;
  for (let from = 0; from < size.households; from += HOUSEHOLD_CHUNK) {
    progress(`organisation search: households ${from.toLocaleString('en-US')}…`);
    await client.query(
      `insert into households (commune_id, group_id, head_name, address, member_count, search_text, match_key, sort_name)
       select s.commune_id, s.group_id, nm.full_name,
              'Số ' || h.no || ', đường ' || st.name,
              1 + i % 7,
              nm.folded || ' so ' || h.no || ', duong ' || st.folded,
              s.group_id::text || '|' || nm.folded || '|so ' || h.no || ', duong ' || st.folded,
              nm.sort_key
       from generate_series($1::int, $2::int) i
       cross join lateral (select i / $4::int + 1 as no,
                                  (i % $3::int) * 100 + (i / $3::int) % $5::int as slot) h
       join bench_group_slots s on s.slot = h.slot
       join bench_names nm on nm.n = (hashint4(i)::bigint + 2147483648) % $6::int
       join bench_streets st on st.n = (h.slot + h.no / 50) % $7::int`,
      [
        from,
        Math.min(from + HOUSEHOLD_CHUNK, size.households) - 1,
        size.communes,
        slotsPerRound,
        size.groupsPerCommune,
        names.length,
        streets.length,
      ],
    );
  }
  // Person i: commune i % communes, unit (i / communes) % units; the identification number is composed like
  // composeIdNumber (province of birth, gender and century, year of birth, a 6-digit serial = i).
  progress('organisation search: people');
  await client.query(
    `insert into people (commune_id, full_name, gender, birth_date, id_number, position, unit_id,
                         employment_category, is_leader, search_text, sort_name)
     select u.commune_id, nm.full_name, p.gender, make_date(p.year, 1 + i % 12, 1 + i % 28),
            $1::text || p.gender_digit::text || lpad((p.year % 100)::text, 2, '0') || lpad(i::text, 6, '0'),
            pos.name, u.unit_id, ($2::text[])[1 + i % cardinality($2::text[])], i % 50 = 0,
            nm.folded || ' ' || pos.folded, nm.sort_key
     from generate_series(0, $3::int - 1) i
     cross join lateral (select case when i % 2 = 0 then 'male' else 'female' end as gender,
                                i % 2 as gender_digit, 1960 + i % 40 as year) p
     join bench_unit_slots u on u.slot = (i % $4::int) * 100 + (i / $4::int) % $5::int
     join bench_names nm on nm.n = (hashint4(-1 - i)::bigint + 2147483648) % $6::int
     join bench_positions pos on pos.n = i % $7::int`,
    [
      PROVINCE_OF_BIRTH,
      EMPLOYMENT_CATEGORIES,
      size.people,
      size.communes,
      DEMO_UNITS.length,
      names.length,
      positions.length,
    ],
  );
  for (const table of [
    'bench_group_slots',
    'bench_unit_slots',
    'bench_names',
    'bench_streets',
    'bench_positions',
  ])
    await client.query(`drop table ${table}`);
  const generateMs = performance.now() - startedAt;

  progress('organisation search: VACUUM ANALYZE');
  const analyzeStartedAt = performance.now();
  await client.query('vacuum analyze');
  const analyzeMs = performance.now() - analyzeStartedAt;

  const { checkedRows, mismatches } = await checkDerivedColumns(client);
  return {
    communeIds,
    names,
    streets,
    groupNames: (c) => groupNamesOf(c, size.groupsPerCommune),
    generateMs,
    analyzeMs,
    checkedRows,
    mismatches,
  };
}

/** Reads a sample of the rows back and derives their columns again with the app's own functions. */
async function checkDerivedColumns(
  client: pg.ClientBase,
): Promise<{ checkedRows: number; mismatches: string[] }> {
  const mismatches: string[] = [];
  const { rows: households } = await client.query<{
    group_id: string;
    head_name: string;
    address: string;
    member_count: number;
    search_text: string;
    sort_name: string;
    match_key: string;
  }>(
    `select group_id, head_name, address, member_count, search_text, sort_name, match_key
     from households tablesample system (0.1) limit 200`,
  );
  for (const h of households) {
    const expected = householdDerivedColumns({
      groupId: h.group_id,
      headName: h.head_name,
      address: h.address,
      memberCount: h.member_count,
    });
    const actual = { searchText: h.search_text, sortName: h.sort_name, matchKey: h.match_key };
    if (JSON.stringify(expected) !== JSON.stringify(actual))
      mismatches.push(`household ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  }
  const { rows: people } = await client.query<{
    full_name: string;
    position: string;
    gender: 'male' | 'female';
    birth_date: string;
    id_number: string;
    search_text: string;
    sort_name: string;
  }>(
    `select full_name, position, gender, birth_date::text, id_number, search_text, sort_name
     from people tablesample system (1) limit 200`,
  );
  for (const p of people) {
    const serial = Number(p.id_number.slice(6));
    const expected = {
      ...personDerivedColumns({ fullName: p.full_name, position: p.position }),
      idNumber: composeIdNumber(PROVINCE_OF_BIRTH, p.gender, Number(p.birth_date.slice(0, 4)), serial),
    };
    const actual = { searchText: p.search_text, sortName: p.sort_name, idNumber: p.id_number };
    if (JSON.stringify(expected) !== JSON.stringify(actual))
      mismatches.push(`person ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  }
  return { checkedRows: households.length + people.length, mismatches };
}
