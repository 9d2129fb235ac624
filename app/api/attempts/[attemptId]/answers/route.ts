import { saveAnswer } from "@/lib/attempts/mutations";
import { claimedJsonRoute } from "@/lib/http/json-route";

export const PUT = claimedJsonRoute<{ attemptId: string }>(({ viewer, params, body }) =>
  saveAnswer(viewer, params.attemptId, body),
);
