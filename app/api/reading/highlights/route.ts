import { jsonRoute } from "@/lib/http/json-route";
import { saveHighlight } from "@/lib/reading/highlights-mutations";

export const PUT = jsonRoute(({ viewer, body }) => saveHighlight(viewer, body));
