import http from "node:http";

/**
 * Loopback requests through node:http with kept-alive connections. The benchmarks measured with fetch first, but
 * undici's per-request work runs in the same process as the 200 simulated students and showed up in their
 * latencies; a plain keep-alive agent costs the client far less, so the figures are closer to the server's.
 * Idle connections are dropped after 4 s, before Node's server closes them at 5 s, so a request never lands on a
 * connection the server is closing.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, timeout: 4_000 });

/** The status, and the server that answered when a balancer names it (x-served-by). */
export type HttpResult = { status: number; servedBy?: string };

export function httpRequest(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method, headers: init.headers, agent }, (res) => {
      res.resume();
      const servedBy = res.headers["x-served-by"];
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          servedBy: typeof servedBy === "string" ? servedBy : undefined,
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}
