/**
 * Load generation for bench/http.ts: autocannon on loopback, bounded in time, in a worker thread so the
 * load generator does not share the event loop of the server it measures; and the no-op Fastify route
 * every figure is compared with, measured in the same run (the machine's load varies from run to run).
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';

export interface LoadFigure {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Answers that were not 2xx, or failed connections: a figure with any of them measures an error page. */
  failures: number;
}

export const connections = 100;
const seconds = Number(process.env.DANVAN_BENCH_SECONDS ?? 6);

export async function load(origin: string, path: string, cookie: string | null): Promise<LoadFigure> {
  const result = await autocannon({
    url: origin + path,
    connections,
    duration: seconds,
    workers: 1,
    headers: cookie ? { cookie } : {},
  });
  const failures = result.non2xx + result.errors + result.timeouts;
  const figure = { path, requestsPerSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, failures };
  console.log(`  ${path.padEnd(40)} ${String(figure.requestsPerSecond).padStart(7)} req/s   p50 ${String(figure.p50).padStart(5)} ms   p99 ${String(figure.p99).padStart(5)} ms${failures ? `   ${failures} LỖI` : ''}`);
  return figure;
}

/** The ceiling: a Fastify route that answers a constant, on the same loopback. */
export async function baseline(): Promise<LoadFigure> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await load(originOf(app.server.address()), '/', null);
  } finally {
    await app.close();
  }
}

export function originOf(address: ReturnType<import('node:net').Server['address']>): string {
  if (!address || typeof address === 'string') throw new Error('Không lấy được cổng của máy chủ đo');
  return `http://127.0.0.1:${address.port}`;
}
