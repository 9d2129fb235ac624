import { jsonRoute } from "@/lib/http/json-route";
import { lookUpWord } from "@/lib/reading/lookup";

/** A reader's word lookup (lib/reading/lookup.ts): a POST, as a student's lookup is counted. */
export const POST = jsonRoute(({ viewer, body }) => lookUpWord(viewer, body));
