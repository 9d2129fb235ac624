import { submitAttempt } from "@/lib/attempts/mutations";
import { claimedJsonRoute } from "@/lib/http/json-route";

export const POST = claimedJsonRoute<{ attemptId: string }>(({ viewer, params }) =>
  submitAttempt(viewer, params.attemptId),
);
