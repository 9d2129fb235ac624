"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useShownRenders } from "./shown-renders";

/** What to do with a server render: show it, fetch a fresh one at once, or once the network is back. */
export type Replay = "none" | "refetch" | "when_online";

export function replayOf(shown: ReadonlySet<string> | null, render: string, online: boolean): Replay {
  if (!shown?.has(render)) return "none";
  return online ? "refetch" : "when_online";
}

/**
 * Back to the quiz replays it as the server first rendered it: the answers saved since would show as blank, and
 * the clock would be corrected from an old server time. A render this tab has already shown is fetched again
 * instead (the page keys the quiz by its render, so the fresh one mounts in this one's place), after the answers
 * still on their way (`flush`), so the fresh render has them.
 */
export function useReplayedRender(
  attemptId: string,
  serverNow: string,
  flush: (timeoutMs: number) => Promise<boolean>,
): Replay {
  const router = useRouter();
  const shown = useShownRenders();
  const render = `${attemptId} ${serverNow}`;
  const [replay] = useState<Replay>(() =>
    typeof window === "undefined" ? "none" : replayOf(shown, render, navigator.onLine),
  );
  useEffect(() => {
    if (replay === "none") {
      shown?.add(render);
      return;
    }
    const refetch = () => void flush(3000).then(() => router.refresh());
    if (replay === "refetch") {
      refetch();
      return;
    }
    // Offline, a refresh would become a failed page load: this copy stays usable (answers wait on the device)
    // until the network is back.
    window.addEventListener("online", refetch, { once: true });
    return () => window.removeEventListener("online", refetch);
  }, [replay, render, router, flush, shown]);
  return replay;
}
