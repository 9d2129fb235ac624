// Runs once per server process: time-limited attempts are submitted on time even with no one online, and a
// SIGTERM turns readiness off and stops the sweep while Next.js finishes the requests in flight and exits.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startExpirySweep } = await import("./lib/attempts/expiry-sweep");
  const { startDraining } = await import("./lib/health/draining");
  const stopSweep = startExpirySweep();
  process.once("SIGTERM", () => {
    startDraining();
    stopSweep();
  });
}
