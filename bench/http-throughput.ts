import { freePort, startChildServer, withServer } from './lib/child-server';
import { loadWarnings, measureLoad, type LoadFigures, type LoadSettings } from './lib/load';
import { progress, table, format, type Benchmark } from './lib/report';
import { signIn } from './lib/session';
import { ratio, significant } from './lib/stats';
import { BARE_FASTIFY } from './lib/paths';
import { databaseTargets, startThidua, type DatabaseLocation } from './lib/thidua';

const DEMO_OFFICER = { username: 'canbo', password: 'demo1234' };

interface Measured {
  key: string;
  label: string;
  figures: LoadFigures;
}

/**
 * Requests per second and latency of an authenticated read (a commune's overview: session lookup + a few queries),
 * against a bare Fastify route as the ceiling of this machine.
 */
export const httpThroughput: Benchmark = {
  name: 'http-throughput',
  title: 'HTTP throughput: authenticated read vs bare Fastify',
  async run(options) {
    const settings: LoadSettings = { connections: 50, durationS: options.quick ? 3 : 10, warmupS: 1 };

    progress('bare Fastify, GET /ping');
    const bare: Measured = {
      key: 'bare',
      label: 'Bare Fastify, GET /ping',
      figures: await measureBare(settings),
    };
    const reads: Measured[] = [];
    for (const target of databaseTargets(options)) {
      progress(`authenticated read on ${target.label}`);
      const figures = await target.withEmpty((location) => measureOverview(location, settings));
      reads.push({ key: target.key, label: `Overview, signed in (${target.label})`, figures });
    }

    const all = [bare, ...reads];
    const ratios = reads.map((read) => {
      const value = significant(ratio(read.figures.requestsPerSecond, bare.figures.requestsPerSecond));
      return { key: read.key, line: `${read.label} / bare Fastify, req/s: ${format.ratio(value)}`, value };
    });
    return {
      lines: [
        `${settings.connections} connections, ${settings.durationS} s per run after a ${settings.warmupS} s warm-up; latency to 1 ms`,
        '',
        ...table(
          ['', 'mean', 'p50', 'p97.5', 'p99', 'requests', 'non-2xx'],
          all.map(({ label, figures: f }) => [
            label,
            format.rps(f.requestsPerSecond),
            format.ms(f.latencyMs.p50, 0),
            format.ms(f.latencyMs.p97_5, 0),
            format.ms(f.latencyMs.p99, 0),
            format.count(f.requests),
            format.count(f.non2xx),
          ]),
        ),
        '',
        ...ratios.map((r) => r.line),
      ],
      warnings: all.flatMap(({ label, figures }) => loadWarnings(label, figures)),
      figures: {
        ...Object.fromEntries(all.map(({ key, figures }) => [key, figures])),
        ratioToBare: Object.fromEntries(ratios.map(({ key, value }) => [key, value])),
      },
    };
  },
};

async function measureBare(settings: LoadSettings): Promise<LoadFigures> {
  const port = await freePort();
  const starting = startChildServer({
    args: ['--import', 'tsx', BARE_FASTIFY, '--port', String(port)],
    port,
    readyPath: '/ping',
  });
  return withServer(starting, (server) => measureLoad(`${server.url}/ping`, settings));
}

async function measureOverview(location: DatabaseLocation, settings: LoadSettings): Promise<LoadFigures> {
  return withServer(startThidua(location), async (server) => {
    const session = await signIn(server.url, DEMO_OFFICER);
    const url = `${server.url}/api/admin-units/${session.adminUnitId}/overview`;
    return measureLoad(url, { ...settings, headers: { cookie: session.cookie } });
  });
}
