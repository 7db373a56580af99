import autocannon from 'autocannon';
import { format } from './report';
import { round } from './stats';

export interface LoadSettings {
  connections: number;
  durationS: number;
  warmupS: number;
  headers?: Record<string, string>;
}

export interface LoadFigures {
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number };
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  connections: number;
  durationS: number;
}

/** A discarded warm-up run, then the measured run of GET `url`. */
export async function measureLoad(url: string, settings: LoadSettings): Promise<LoadFigures> {
  const base = { url, connections: settings.connections, headers: settings.headers ?? {} };
  await autocannon({ ...base, duration: settings.warmupS });
  const result = await autocannon({ ...base, duration: settings.durationS });
  return {
    requestsPerSecond: round(result.requests.mean),
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    requests: result.requests.total ?? 0,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    connections: settings.connections,
    durationS: settings.durationS,
  };
}

/** Why these figures cannot be trusted, if they cannot. */
export function loadWarnings(label: string, figures: LoadFigures): string[] {
  const problems = [
    figures.non2xx > 0 && `${format.count(figures.non2xx)} non-2xx responses`,
    figures.errors > 0 && `${format.count(figures.errors)} connection errors`,
    figures.timeouts > 0 && `${format.count(figures.timeouts)} timeouts`,
  ].filter((problem): problem is string => typeof problem === 'string');
  return problems.length > 0 ? [`${label}: ${problems.join(', ')} — the figures are not valid.`] : [];
}
