import { jsonRoute } from "@/lib/http/json-route";
import { getLiveReport } from "@/lib/results/live-report";

// The report page's live parts (progress, summary, distribution, responses to grade), polled together.
export const GET = jsonRoute<{ assignmentId: string }>(({ viewer, params }) =>
  getLiveReport(viewer, params.assignmentId),
);
