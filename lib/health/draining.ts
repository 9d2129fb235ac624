import "server-only";

const globalForDraining = globalThis as unknown as { lecternDraining?: boolean };

/**
 * Set once the process has been asked to stop (SIGTERM): readiness then fails, so a load balancer sends it no new
 * requests while Next.js finishes the ones in flight. Kept on globalThis, as the pools are, because Next.js may
 * load this module more than once in one process.
 */
export const isDraining = () => globalForDraining.lecternDraining === true;

export function startDraining() {
  globalForDraining.lecternDraining = true;
}
