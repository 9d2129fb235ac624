// Runs once per server process: time-limited attempts are submitted on time even with no one online.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startExpirySweep } = await import("./lib/attempts/expiry-sweep");
  startExpirySweep();
}
