import { claimedJsonRoute } from "@/lib/http/json-route";
import { lookUpWord } from "@/lib/reading/lookup";

/**
 * A reader's word lookup (lib/reading/lookup.ts): a POST, as a student's lookup is counted. A hot path, so the
 * session's claim is checked inside the lookup's own statement rather than by a query before it.
 */
export const POST = claimedJsonRoute(({ viewer, body }) => lookUpWord(viewer, body));
