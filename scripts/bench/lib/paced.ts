import { summarize, type LoadStats } from "./stats";

type Send = (client: number) => Promise<Response>;

/**
 * Each of `clients` sends one request every `intervalMs`, starting at a random phase so their requests
 * spread out like real students' (autocannon's overallRate fires all connections on the same tick).
 */
export async function pacedLoad(clients: number, intervalMs: number, durationSeconds: number, send: Send) {
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  const until = started + durationSeconds * 1000;
  const one = async (client: number) => {
    const t0 = performance.now();
    try {
      const res = await send(client);
      await res.arrayBuffer();
      if (!res.ok) errors++;
    } catch {
      errors++;
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
  const stats: LoadStats = summarize(latencies, errors, (Date.now() - started) / 1000);
  return { offered_rps: Math.round((clients * 1000) / intervalMs), ...stats };
}
