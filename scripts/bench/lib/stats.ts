export type LoadStats = { rps: number; p50_ms: number; p95_ms: number; p99_ms: number; errors: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

/** Latency percentiles from every response's own time, and throughput over the measured wall time. */
export function summarize(latencies: number[], errors: number, seconds: number): LoadStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    rps: round(latencies.length / seconds),
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    p99_ms: round(percentile(sorted, 99)),
    errors,
  };
}

export function formatStats(name: string, s: LoadStats & { offered_rps?: number }): string {
  const offered = s.offered_rps !== undefined ? ` offered ${s.offered_rps}/s` : "";
  return `${name.padEnd(16)} ${String(s.rps).padStart(8)} req/s${offered}  p50 ${s.p50_ms} ms  p95 ${s.p95_ms} ms  p99 ${s.p99_ms} ms  errors ${s.errors}`;
}
