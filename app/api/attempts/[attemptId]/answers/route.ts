import { saveAnswer } from "@/lib/attempts/mutations";
import { jsonRoute } from "@/lib/http/json-route";

export const PUT = jsonRoute<{ attemptId: string }>(({ viewer, params, body }) =>
  saveAnswer(viewer, params.attemptId, body),
);
