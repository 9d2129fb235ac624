import { getSessionClaims } from "@/lib/auth/get-viewer";
import { nowSeconds, RENEW_AFTER_SECONDS } from "@/lib/auth/session-claims";
import { SessionKeepAlive } from "./session-keep-alive";

/** For the root layout: keeps a live session's last-seen claim renewed while it is used (none without one). */
export async function SessionUpkeep() {
  const claims = await getSessionClaims();
  if (!claims) return null;
  return <SessionKeepAlive ageSeconds={nowSeconds() - claims.seen} renewAfterSeconds={RENEW_AFTER_SECONDS} />;
}
