import type { HttpResult } from "./http-client";
import { summarize, type LoadStats } from "./stats";

type Send = (client: number) => Promise<HttpResult>;

export type PacedStats = LoadStats & { offered_rps: number; error_kinds: Record<string, number> };

/**
 * Each of `clients` sends one request every `intervalMs`, starting at a random phase so their requests
 * spread out like real students' (autocannon's overallRate fires all connections on the same tick).
 * Errors are counted by kind (HTTP status or network error code), so a failed run says what failed.
 */
export async function pacedLoad(
  clients: number,
  intervalMs: number,
  durationSeconds: number,
  send: Send,
): Promise<PacedStats> {
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  const countError = (kind: string) => (errorKinds[kind] = (errorKinds[kind] ?? 0) + 1);
  const started = Date.now();
  const until = started + durationSeconds * 1000;
  const one = async (client: number) => {
    const t0 = performance.now();
    try {
      const res = await send(client);
      if (res.status >= 400) countError(`HTTP ${res.status}`);
    } catch (error) {
      countError((error as NodeJS.ErrnoException).code ?? "network error");
    }
    latencies.push(performance.now() - t0);
  };
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      let next = started + Math.random() * intervalMs;
      const inFlight: Promise<void>[] = [];
      while (next < until) {
        await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
        inFlight.push(one(client));
        next += intervalMs;
      }
      await Promise.all(inFlight);
    }),
  );
  const errors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
  const stats = summarize(latencies, errors, (Date.now() - started) / 1000);
  return { offered_rps: Math.round((clients * 1000) / intervalMs), ...stats, error_kinds: errorKinds };
}
