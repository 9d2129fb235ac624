import { NextResponse } from "next/server";
import { claimedViewerFrom } from "../auth/claimed-viewer";
import { getViewer } from "../auth/get-viewer";
import type { ClaimedViewer, Viewer } from "../auth/viewer-types";
import { AppError, toAppError } from "../errors";
import { crossOriginRefusal } from "./same-origin";

type Context<P> = { params: Promise<P> };

export function errorResponse(error: AppError) {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
    { status: error.status, headers: { "Cache-Control": "no-store" } },
  );
}

async function readJson(request: Request): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid", "The request body is not valid JSON.");
  }
}

type Handler<V, P> = (args: { viewer: V; params: P; body: unknown; request: Request }) => Promise<unknown>;

function route<V, P>(resolveViewer: (request: Request) => Promise<V>, handler: Handler<V, P>) {
  return async (request: Request, context: Context<P>) => {
    // Before the session or the body is read: a forged request costs nothing and learns nothing.
    const refusal = crossOriginRefusal(request);
    if (refusal) return errorResponse(new AppError("forbidden", refusal));
    try {
      const [viewer, params, body] = await Promise.all([
        resolveViewer(request),
        context.params,
        readJson(request),
      ]);
      const result = await handler({ viewer, params, body, request });
      return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(toAppError(error));
    }
  };
}

/**
 * The one wrapper for JSON endpoints: refuses state-changing requests that are not same-origin JSON
 * (lib/http/same-origin.ts), resolves the viewer, parses the body, and maps domain errors
 * (and database outages) to status codes. The handler itself authorizes through lib/.
 */
export function jsonRoute<P>(handler: Handler<Viewer | null, P>) {
  return route(() => getViewer(), handler);
}

/** For the hottest endpoints: the viewer is the token's claim, which the lib function checks in its own SQL. */
export function claimedJsonRoute<P>(handler: Handler<ClaimedViewer | null, P>) {
  return route(claimedViewerFrom, handler);
}
