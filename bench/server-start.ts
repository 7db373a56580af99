import { progress, table, format, type Benchmark } from './lib/report';
import { ratio, round, significant, spread, type Spread } from './lib/stats';
import { databaseTargets, startThidua, type DatabaseLocation } from './lib/thidua';

interface StartFigures {
  fresh: Spread;
  restart: Spread;
  /** Median restart time over median fresh start time. */
  restartToFresh: number;
}

/**
 * Spawn → first 200 from /api/health. "Fresh" starts on an empty database (migrations and demo data included);
 * "restart" starts again on the database the fresh run has just filled.
 */
export const serverStart: Benchmark = {
  name: 'server-start',
  title: 'Server start: spawn → first 200 from GET /api/health',
  async run(options) {
    const runs = options.quick ? 2 : 5;
    const figures: Record<string, StartFigures> = {};
    const rows: string[][] = [];
    const ratios: string[] = [];
    for (const target of databaseTargets(options)) {
      const fresh: number[] = [];
      const restart: number[] = [];
      for (let run = 1; run <= runs; run++) {
        await target.withEmpty(async (location) => {
          fresh.push(await timeStart(location));
          restart.push(await timeStart(location));
        });
        progress(`server start, ${target.label}: run ${run}/${runs}`);
      }
      const result = summarize(fresh, restart);
      figures[target.key] = result;
      rows.push(spreadRow(`${target.label}, empty database`, result.fresh));
      rows.push(spreadRow(`${target.label}, restart on filled database`, result.restart));
      ratios.push(`Restart / fresh (${target.label}, medians): ${format.ratio(result.restartToFresh)}`);
    }
    return {
      lines: [...table(['', 'runs', 'min', 'median', 'max'], rows), '', ...ratios],
      warnings: [],
      figures: { unit: 'ms', ...figures },
    };
  },
};

async function timeStart(location: DatabaseLocation): Promise<number> {
  const { server, readyMs } = await startThidua(location);
  await server.stop();
  return readyMs;
}

function summarize(fresh: number[], restart: number[]): StartFigures {
  const result = { fresh: rounded(spread(fresh)), restart: rounded(spread(restart)) };
  return { ...result, restartToFresh: significant(ratio(result.restart.median, result.fresh.median)) };
}

const rounded = (s: Spread): Spread => ({
  runs: s.runs,
  min: round(s.min),
  median: round(s.median),
  max: round(s.max),
});

const spreadRow = (label: string, s: Spread) => [
  label,
  String(s.runs),
  format.ms(s.min),
  format.ms(s.median),
  format.ms(s.max),
];
