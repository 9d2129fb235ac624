"use client";

import { useEffect } from "react";

/** After a failed renewal (offline, server down), the next try waits this long whatever the activity. */
const RETRY_AFTER_MS = 60_000;

/**
 * Renews the session's last-seen claim while the person uses the page: on load and on a key press or pointer
 * press once `renewAfterSeconds` have passed since the last renewal. Asking next-auth's session endpoint re-issues
 * the cookie with the claim renewed (lib/auth/options.ts), or clears it when the session has ended. A page left
 * open and untouched renews nothing, so a forgotten classroom computer signs its student out.
 */
export function SessionKeepAlive({
  ageSeconds,
  renewAfterSeconds,
}: {
  ageSeconds: number;
  renewAfterSeconds: number;
}) {
  useEffect(() => {
    let renewedAt = Date.now() - ageSeconds * 1000;
    let notBefore = 0;
    let inFlight = false;
    const renew = () => {
      const now = Date.now();
      if (inFlight || now < notBefore || now - renewedAt < renewAfterSeconds * 1000) return;
      inFlight = true;
      fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" })
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          renewedAt = Date.now();
        })
        .catch(() => {
          notBefore = Date.now() + RETRY_AFTER_MS;
        })
        .finally(() => {
          inFlight = false;
        });
    };
    renew();
    const events = ["keydown", "pointerdown"] as const;
    for (const name of events) window.addEventListener(name, renew, { capture: true, passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, renew, { capture: true });
    };
  }, [ageSeconds, renewAfterSeconds]);
  return null;
}
