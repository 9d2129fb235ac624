/**
 * Cross-site request forgery guard for the app's own JSON endpoints. A page on another site can make a browser
 * send a "simple" request (a form post, or fetch with Content-Type text/plain) carrying the session cookie;
 * SameSite=Lax alone stops that only in browsers that implement it and only for cross-site, not same-site, pages.
 * Requiring application/json forces a CORS preflight that Lectern never answers, and the Origin check refuses
 * what is left (an old browser, a sibling subdomain). next-auth's own endpoints keep their CSRF token instead.
 */

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The origin requests must come from. NEXTAUTH_URL is the public address people use (next-auth builds its own
 * links from it); behind a load balancer the Host header a request arrives with may be an internal name, so
 * when it is set it is the only origin accepted. Without it (development) the request's own Host is, as Next.js
 * does for server actions. Like next-auth, a value without a scheme is read as https.
 */
function expectedOrigin(request: Request, publicUrl: string | undefined): { origin?: string; host?: string } {
  if (publicUrl) {
    try {
      return { origin: new URL(/^https?:\/\//i.test(publicUrl) ? publicUrl : `https://${publicUrl}`).origin };
    } catch {
      return {}; // A malformed NEXTAUTH_URL matches nothing: refused, never accepted by accident.
    }
  }
  return { host: request.headers.get("host")?.toLowerCase() };
}

function originMatches(origin: string, expected: { origin?: string; host?: string }): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, some redirects) and garbage
  }
  if (expected.origin) return url.origin === expected.origin;
  return expected.host !== undefined && url.host === expected.host;
}

/**
 * Why a request may not change anything, or null when it may. Reads (GET, HEAD) always may: they change nothing
 * and a cross-site page cannot read their answers.
 */
export function crossOriginRefusal(
  request: Request,
  publicUrl: string | undefined = process.env.NEXTAUTH_URL,
): string | null {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return null;
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json") return "This endpoint accepts only Content-Type: application/json.";
  const origin = request.headers.get("origin");
  if (origin !== null) {
    return originMatches(origin, expectedOrigin(request, publicUrl))
      ? null
      : "This request came from another site, so it was refused.";
  }
  // Browsers send Origin on every such request; without it, only the browser's own word that it is same-origin.
  return request.headers.get("sec-fetch-site") === "same-origin"
    ? null
    : "This request does not say which site it came from, so it was refused.";
}
