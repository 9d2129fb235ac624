import { jsonRoute } from "@/lib/http/json-route";
import { getLiveProgress } from "@/lib/results/live-progress";

export const GET = jsonRoute<{ assignmentId: string }>(({ viewer, params }) =>
  getLiveProgress(viewer, params.assignmentId),
);
