import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { escapeLikePattern, foldForSearch } from '@thidua/domain';
import { openDatabase, type Database } from '../packages/server/src/db/database';
import * as schema from '../packages/server/src/db/schema';
import { seededRandom } from '../packages/server/src/features/demo/demo-organisation';
import { searchOrganisation } from '../packages/server/src/features/organisation/search-organisation';
import { withScratchDatabase } from './lib/postgres';
import { format, progress, table, type Benchmark, type BenchmarkReport } from './lib/report';
import { generateSearchData, type SearchData, type SearchDataSize } from './lib/search-data';
import { percentile, ratio, round, significant, spread } from './lib/stats';

const SIZE: SearchDataSize = { communes: 150, groupsPerCommune: 10, households: 1_000_000, people: 100_000 };
const LIMIT = 10;
const TARGET_P95_MS = 100;
const SEED = 20_250_703;
const SCRATCH_DATABASE = 'thidua_bench_search';
const POOL_SIZE = 10;

const QUERY_KINDS = {
  'full name': 0.3,
  'partial name': 0.2,
  'typed with diacritics': 0.1,
  group: 0.1,
  address: 0.1,
  rare: 0.1,
  'two letters': 0.1,
} as const;
type QueryKind = keyof typeof QUERY_KINDS;

interface BenchQuery {
  kind: QueryKind;
  text: string;
  communeIndex: number;
}

type SearchTable = 'people' | 'households' | 'residential_groups' | 'units';
const TABLE_LABELS: Record<SearchTable, string> = {
  people: 'people',
  households: 'households',
  residential_groups: 'groups',
  units: 'units',
};

interface Statement {
  table: SearchTable;
  sql: string;
  params: unknown[];
}

interface Timed {
  query: BenchQuery;
  appMs: number;
  rawMs: number;
  /** Each statement alone, raw, one after the other. */
  tableMs: Record<SearchTable, number>;
  hits: number;
}

interface Latency {
  median: number;
  p95: number;
  max: number;
}

/**
 * searchOrganisation (what the header search box and `thidua search` call) over a province-sized database:
 * 150 wards, 1,000,000 households and 100,000 people on PostgreSQL, each query in one ward, against the same
 * SQL statements sent raw through a pg pool, which is the floor the app cannot go below.
 */
export const organisationSearch: Benchmark = {
  name: 'organisation-search',
  title: `Organisation search: ${format.count(SIZE.households)} households, ${format.count(SIZE.people)} people (PostgreSQL)`,
  async run(options) {
    const serverUrl = options.postgresUrl;
    if (!serverUrl) {
      return {
        lines: [
          'Skipped: this benchmark needs a PostgreSQL server (set BENCH_DATABASE_URL); a million households is ' +
            'province scale, which the app serves from PostgreSQL, not from the embedded PGlite.',
        ],
        warnings: ['organisation-search was not measured: BENCH_DATABASE_URL is not set.'],
        figures: { skipped: 'BENCH_DATABASE_URL not set' },
      };
    }
    const queryCount = options.quick ? 40 : 200;
    return withScratchDatabase(serverUrl, SCRATCH_DATABASE, async (url) => {
      const handle = await openDatabase({ mode: 'postgres', url, poolSize: POOL_SIZE });
      const rawPool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
      try {
        progress('organisation search: migrations');
        await handle.migrate();
        const client = await rawPool.connect();
        let data: SearchData;
        try {
          data = await generateSearchData(client, SIZE);
        } finally {
          client.release();
        }
        return await measureSearch(handle.db, rawPool, data, queryCount);
      } finally {
        await rawPool.end();
        await handle.close();
      }
    });
  },
};

async function measureSearch(
  db: Database,
  rawPool: pg.Pool,
  data: SearchData,
  queryCount: number,
): Promise<BenchmarkReport> {
  const sizes = await tableSizes(rawPool);
  const capture = new StatementCapture();
  // The app's schema and driver, with a logger: how the statements the app sends are captured, never rewritten.
  const capturingDb = drizzle({ client: rawPool, schema, logger: capture }) as unknown as Database;
  const statementsOf = async (query: BenchQuery) => {
    capture.statements = [];
    await searchOrganisation(capturingDb, data.communeIds[query.communeIndex]!, query.text, LIMIT);
    return capture.statements;
  };

  const queries = makeQueries(queryCount, data);
  const warmUp = makeQueries(20, data, SEED + 1);
  const timed: Timed[] = [];
  for (const [i, query] of [...warmUp, ...queries].entries()) {
    if (i % 50 === 0) progress(`organisation search: query ${i + 1}/${warmUp.length + queries.length}`);
    const result = await timeQuery(db, rawPool, data, query, await statementsOf(query), i);
    if (i >= warmUp.length) timed.push(result);
  }

  const explained = await explainExamples(rawPool, data, queries, statementsOf);
  const provinceWide = await measureProvinceWide(rawPool, queries);

  const latency = (values: number[]): Latency => ({
    median: round(percentile(values, 50), 2),
    p95: round(percentile(values, 95), 2),
    max: round(percentile(values, 100), 2),
  });
  const app = latency(timed.map((t) => t.appMs));
  const raw = latency(timed.map((t) => t.rawMs));
  const perTable = Object.fromEntries(
    (Object.keys(TABLE_LABELS) as SearchTable[]).map((t) => [t, latency(timed.map((r) => r.tableMs[t]))]),
  ) as Record<SearchTable, Latency>;
  const kinds = (Object.keys(QUERY_KINDS) as QueryKind[]).map((kind) => {
    const of = timed.filter((t) => t.query.kind === kind);
    return {
      kind,
      queries: of.length,
      app: latency(of.map((t) => t.appMs)),
      households: latency(of.map((t) => t.tableMs.households)),
      people: latency(of.map((t) => t.tableMs.people)),
      hits: spread(of.map((t) => t.hits)).median,
      example: of[0]?.query.text ?? '',
    };
  });
  const appToRaw = significant(ratio(app.median, raw.median));

  const ms = (value: number) => format.ms(value, value < 10 ? 2 : 1);
  const latencyRow = (label: string, l: Latency) => [label, ms(l.median), ms(l.p95), ms(l.max)];
  const warnings: string[] = [];
  if (app.p95 > TARGET_P95_MS)
    warnings.push(`searchOrganisation p95 is ${ms(app.p95)}, over the ${ms(TARGET_P95_MS)} target.`);
  if (data.mismatches.length > 0)
    warnings.push(
      `${data.mismatches.length} of ${data.checkedRows} sampled rows differ from what the app derives, e.g. ` +
        data.mismatches[0],
    );
  // A ward holds households / communes rows: reading more means the statement left the ward.
  for (const e of explained)
    if (e.rowsRead > (2 * SIZE.households) / SIZE.communes)
      warnings.push(
        `the households statement for «${e.query.text}» reads ${format.count(e.rowsRead)} rows, more than ` +
          `its ward holds (through ${e.indexes.join(' + ')}).`,
      );

  return {
    lines: [
      `Data: ${SIZE.communes} wards × ${SIZE.groupsPerCommune} groups, ${format.count(SIZE.households)} households, ` +
        `${format.count(SIZE.people)} people, ${data.names.length.toLocaleString('en-US')} distinct names; ` +
        `generated in ${(data.generateMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(data.analyzeMs / 1000).toFixed(1)} s`,
      `Sizes: ${sizes}`,
      `Check: ${data.checkedRows} sampled rows re-derived with the app's functions (search text, sort key, match ` +
        `key, id number): ${data.mismatches.length} differ`,
      `${timed.length} queries (after ${warmUp.length} not counted), each in a random ward, limit ${LIMIT} per kind, ` +
        `one at a time, warm cache. App = searchOrganisation through the app's drizzle db (pg pool of ${POOL_SIZE}); ` +
        `raw = the same 4 statements, captured from drizzle's logger, through a pg pool with Promise.all as the app does.`,
      '',
      ...table(
        ['', 'median', 'p95', 'max'],
        [
          latencyRow('App: searchOrganisation', app),
          latencyRow('Raw SQL: the same 4 statements', raw),
          ...(Object.keys(TABLE_LABELS) as SearchTable[]).map((t) =>
            latencyRow(`Raw SQL, ${TABLE_LABELS[t]} statement alone`, perTable[t]),
          ),
        ],
      ),
      '',
      `App / raw SQL (medians): ${format.ratio(appToRaw)}`,
      '',
      ...table(
        ['By kind of query', 'queries', 'app median', 'app p95', 'households', 'people', 'hits', 'e.g.'],
        kinds.map((k) => [
          k.kind,
          String(k.queries),
          ms(k.app.median),
          ms(k.app.p95),
          ms(k.households.median),
          ms(k.people.median),
          String(k.hits),
          `«${k.example}»`,
        ]),
      ),
      '(households, people: raw statement alone, median; hits: results returned over the 4 kinds, median)',
      '',
      'EXPLAIN (ANALYZE, BUFFERS) of the households statement:',
      ...explained.map(
        (e) =>
          `  ${e.query.kind} «${e.query.text}»: ${e.executionMs} ms, ≈${format.count(e.rowsRead)} rows read, ` +
          `${format.count(e.matches)} of the ward match; through ${e.indexes.join(' + ')}` +
          (e.usesTrigramIndex ? '' : ' (trigram index households_search_idx not used)'),
      ),
      ...(explained[0]
        ? ['', `Plan for «${explained[0].query.text}»:`, ...explained[0].plan.map((l) => `  ${l}`)]
        : []),
      '',
      `Province-wide, for information: the households LIKE over all ${format.count(SIZE.households)} rows, no ward filter (median of 3):`,
      ...table(
        ['', 'matching', 'count(*), trigram index', 'count(*), no index', 'top 10, trigram index'],
        provinceWide.map((p) => [
          `«${p.text}»`,
          format.count(p.matches),
          ms(p.indexMs),
          ms(p.seqScanMs),
          ms(p.top10Ms),
        ]),
      ),
    ],
    warnings,
    figures: {
      unit: 'ms',
      size: SIZE,
      queries: timed.length,
      app,
      raw,
      appToRaw,
      perTable,
      byKind: Object.fromEntries(
        kinds.map((k) => [k.kind, { app: k.app, households: k.households, people: k.people }]),
      ),
      explain: explained.map(({ query, indexes, executionMs, rowsRead, matches }) => ({
        query: query.text,
        indexes,
        executionMs,
        rowsRead,
        matches,
      })),
      provinceWide,
    },
  };
}

async function timeQuery(
  db: Database,
  rawPool: pg.Pool,
  data: SearchData,
  query: BenchQuery,
  statements: Statement[],
  index: number,
): Promise<Timed> {
  const communeId = data.communeIds[query.communeIndex]!;
  let hits = 0;
  const runApp = async () => {
    const found = await searchOrganisation(db, communeId, query.text, LIMIT);
    hits = found.people.length + found.households.length + found.groups.length + found.units.length;
  };
  const runRaw = () => Promise.all(statements.map((s) => rawPool.query(s.sql, s.params)));
  // Alternating which goes first, so that neither always finds the other's pages freshly cached.
  let appMs: number;
  let rawMs: number;
  if (index % 2 === 0) {
    appMs = await elapsed(runApp);
    rawMs = await elapsed(runRaw);
  } else {
    rawMs = await elapsed(runRaw);
    appMs = await elapsed(runApp);
  }
  const tableMs = { people: 0, households: 0, residential_groups: 0, units: 0 };
  for (const s of statements) tableMs[s.table] = await elapsed(() => rawPool.query(s.sql, s.params));
  return { query, appMs, rawMs, tableMs, hits };
}

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const startedAt = performance.now();
  await work();
  return performance.now() - startedAt;
}

class StatementCapture implements Logger {
  statements: Statement[] = [];
  logQuery(query: string, params: unknown[]): void {
    const table = /from "(people|households|residential_groups|units)"/.exec(query)?.[1] as
      SearchTable | undefined;
    if (!table) throw new Error(`unexpected statement: ${query}`);
    this.statements.push({ table, sql: query, params });
  }
}

/** A fixed mix of what people type, drawn from the generated names, groups and streets. */
function makeQueries(count: number, data: SearchData, seed = SEED): BenchQuery[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = (name: string) => foldForSearch(name).split(' ');
  const kinds = Object.entries(QUERY_KINDS).flatMap(([kind, share]) =>
    Array.from({ length: Math.max(1, Math.round(share * count)) }, () => kind as QueryKind),
  );
  const textOf = (kind: QueryKind, communeIndex: number): string => {
    const name = pick(data.names);
    switch (kind) {
      case 'full name':
        return foldForSearch(name);
      case 'partial name': {
        const w = words(name);
        // "tran thi" (family and middle name) or "van an" (the end of the name).
        return (random() < 0.5 ? w.slice(0, 2) : w.slice(-2)).join(' ');
      }
      case 'typed with diacritics':
        return name;
      case 'group':
        return foldForSearch(pick(data.groupNames(communeIndex)));
      case 'address': {
        const street = foldForSearch(pick(data.streets));
        const forms = [street, `duong ${street}`, `so ${1 + Math.floor(random() * 600)}, duong`];
        return pick(forms);
      }
      case 'rare': {
        const letters = 'qwxzjf';
        const nonsense = Array.from({ length: 4 }, () => pick([...letters])).join('');
        // A name mistyped at its end, or letters no Vietnamese name has.
        return random() < 0.5 ? `${foldForSearch(name).slice(0, -1)}q` : nonsense;
      }
      case 'two letters':
        return words(name).at(-1)!.slice(0, 2);
    }
  };
  // Shuffled, so that kinds and wards do not come in runs.
  const shuffled = kinds.slice(0, count);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.map((kind) => {
    const communeIndex = Math.floor(random() * data.communeIds.length);
    return { kind, communeIndex, text: textOf(kind, communeIndex) };
  });
}

interface Explained {
  query: BenchQuery;
  plan: string[];
  /** The indexes the households rows come through, with their columns. */
  indexes: string[];
  usesTrigramIndex: boolean;
  executionMs: number;
  /**
   * Rows the scan read (kept + removed by the LIKE filter or recheck; EXPLAIN rounds per-loop averages, so
   * about), and the ward's rows that match, counted.
   */
  rowsRead: number;
  matches: number;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the households statement of the first query of a few kinds. */
async function explainExamples(
  rawPool: pg.Pool,
  data: SearchData,
  queries: readonly BenchQuery[],
  statementsOf: (query: BenchQuery) => Promise<Statement[]>,
): Promise<Explained[]> {
  const { rows: definitions } = await rawPool.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where tablename = 'households'`,
  );
  const columnsOf = new Map(
    definitions.map((d) => [d.indexname, /USING (\w+ \(.*\))/.exec(d.indexdef)?.[1]]),
  );
  const explained: Explained[] = [];
  for (const kind of ['full name', 'partial name', 'two letters', 'address', 'rare'] as const) {
    const query = queries.find((q) => q.kind === kind);
    if (!query) continue;
    const statement = (await statementsOf(query)).find((s) => s.table === 'households')!;
    const { rows } = await rawPool.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) ${statement.sql}`,
      statement.params,
    );
    const plan = rows.map((r) => r['QUERY PLAN']);
    const {
      rows: [counted],
    } = await rawPool.query<{ n: number }>(
      `select count(*)::int as n from households where commune_id = $1 and search_text like $2`,
      [data.communeIds[query.communeIndex], `%${escapeLikePattern(foldForSearch(query.text))}%`],
    );
    // The node that yields the households rows, and the lines below it up to the next node.
    const start = plan.findIndex((line) => /Scan.* on households\s/.test(line));
    const end = plan.findIndex((line, i) => i > start && line.includes('->'));
    const node = plan.slice(start, end === -1 ? undefined : end);
    const children = plan.slice(start).filter((line) => /Bitmap Index Scan on (\w+)/.test(line));
    const indexNames = [
      ...(/using (\w+) on households/.exec(node[0] ?? '')?.slice(1) ?? []),
      ...(/Bitmap Heap Scan/.test(node[0] ?? '')
        ? children.map((line) => /Bitmap Index Scan on (\w+)/.exec(line)![1]!)
        : []),
    ];
    const [, rowsOut, loops] = /rows=(\d+) loops=(\d+)\)/.exec(node[0] ?? '') ?? [];
    const removed = node
      .map((line) => Number(/Rows Removed by (?:Filter|Index Recheck): (\d+)/.exec(line)?.[1] ?? 0))
      .reduce((a, b) => a + b, 0);
    explained.push({
      query,
      plan,
      indexes: indexNames.length
        ? indexNames.map((name) => `${name} ${columnsOf.get(name) ?? ''}`.trim())
        : ['none (sequential scan)'],
      usesTrigramIndex: indexNames.includes('households_search_idx'),
      executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan.join('\n'))?.[1] ?? Number.NaN),
      rowsRead: (Number(rowsOut) + removed) * Number(loops),
      matches: counted!.n,
    });
  }
  return explained;
}

interface ProvinceWide {
  text: string;
  matches: number;
  indexMs: number;
  seqScanMs: number;
  top10Ms: number;
}

/** The households LIKE over the whole table, with the trigram index and with index scans switched off. */
async function measureProvinceWide(
  rawPool: pg.Pool,
  queries: readonly BenchQuery[],
): Promise<ProvinceWide[]> {
  const texts = [
    queries.find((q) => q.kind === 'full name')?.text,
    queries.find((q) => q.kind === 'partial name')?.text,
    queries.find((q) => q.kind === 'rare')?.text,
  ].filter((t): t is string => !!t);
  const client = await rawPool.connect();
  const results: ProvinceWide[] = [];
  try {
    for (const text of texts) {
      progress(`organisation search: province-wide «${text}»`);
      const folded = escapeLikePattern(foldForSearch(text));
      const count = `select count(*)::int as n from households where search_text like $1`;
      const median3 = async (work: () => Promise<unknown>) => {
        const times: number[] = [];
        for (let run = 0; run < 3; run++) times.push(await elapsed(work));
        return round(spread(times).median, 2);
      };
      const {
        rows: [counted],
      } = await client.query<{ n: number }>(count, [`%${folded}%`]);
      const indexMs = await median3(() => client.query(count, [`%${folded}%`]));
      const seqScanMs = await median3(async () => {
        await client.query('begin');
        try {
          await client.query('set local enable_bitmapscan = off');
          await client.query('set local enable_indexscan = off');
          await client.query(count, [`%${folded}%`]);
        } finally {
          await client.query('rollback');
        }
      });
      const top10Ms = await median3(() =>
        client.query(
          `select id, head_name, address from households where search_text like $1
           order by (search_text like $2) desc, sort_name limit 10`,
          [`%${folded}%`, `${folded}%`],
        ),
      );
      results.push({ text, matches: counted!.n, indexMs, seqScanMs, top10Ms });
    }
  } finally {
    client.release();
  }
  return results;
}

async function tableSizes(rawPool: pg.Pool): Promise<string> {
  const { rows } = await rawPool.query<{ name: string; size: string }>(
    `select name, pg_size_pretty(pg_total_relation_size(name)) as size
     from unnest(array['households', 'households_search_idx', 'people', 'people_search_idx']) name`,
  );
  return rows.map((r) => `${r.name} ${r.size}`).join(', ');
}
