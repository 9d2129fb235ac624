import { submitAttempt } from "@/lib/attempts/mutations";
import { jsonRoute } from "@/lib/http/json-route";

export const POST = jsonRoute<{ attemptId: string }>(({ viewer, params }) =>
  submitAttempt(viewer, params.attemptId),
);
