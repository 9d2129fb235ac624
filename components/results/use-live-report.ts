"use client";

import { useQuery } from "@tanstack/react-query";
import { callApi } from "@/components/quiz/api";
import type { LiveReport } from "@/lib/results/live-report";

export const LIVE_POLL_MS = 5_000;

type Options = { assignmentId: string; initial: LiveReport; closed: boolean };

/**
 * The report page's one live source: the summary cards, the chart, the link to grade and the progress table all
 * read this query (one key, so one request per poll), and so always show the same moment. A closed assignment takes
 * no more work, so it is not polled.
 */
export function useLiveReport({ assignmentId, initial, closed }: Options) {
  return useQuery({
    queryKey: ["assignment-live-report", assignmentId],
    queryFn: () => callApi<LiveReport>(`/api/assignments/${assignmentId}/progress`),
    initialData: initial,
    refetchInterval: closed ? false : LIVE_POLL_MS,
    refetchIntervalInBackground: false,
  });
}
