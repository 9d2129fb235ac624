import { isDatabaseUnavailable } from "../errors";
import { submitExpiredAttempts } from "./expire";

const SWEEP_EVERY_MS = 30_000;

/**
 * Runs the expiry sweep in the background of a server process; a database outage just skips a round. Returns
 * the function that stops it.
 */
export function startExpirySweep(): () => void {
  const timer = setInterval(() => {
    submitExpiredAttempts().catch((error: unknown) => {
      if (!isDatabaseUnavailable(error)) console.error("Expiry sweep failed", error);
    });
  }, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
