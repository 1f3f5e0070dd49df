// One autocannon run against 127.0.0.1, bounded in connections and time.
import autocannon from 'autocannon';

export interface Target {
  name: string;
  url: string;
  method: 'GET' | 'POST';
  body?: string;
}

export interface Measurement {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon for `seconds` with `connections` and returns mean rps and p99 latency (ms). */
export async function measure(target: Target, seconds: number, connections: number): Promise<Measurement> {
  const result = await autocannon({
    url: target.url,
    method: target.method,
    body: target.body,
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}
