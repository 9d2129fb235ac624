import autocannon from "autocannon";
import { summarize, type LoadStats } from "./stats";

type Options = {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections; unset means as fast as the server answers. */
  overallRate?: number;
  requests?: autocannon.Request[];
  headers?: Record<string, string>;
};

/** Runs autocannon and measures each response's latency itself (autocannon reports no p95). */
export async function load(opts: Options): Promise<LoadStats> {
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        duration: opts.durationSeconds,
        overallRate: opts.overallRate,
        requests: opts.requests,
        headers: opts.headers,
        timeout: 10,
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 400) errors++;
    });
  });
  errors += result.errors + result.timeouts;
  return summarize(latencies, errors, (Date.now() - started) / 1000);
}
