import "server-only";
import { NextResponse } from "next/server";
import { requireAdmin } from "../admin/admin-rights";
import { getViewer } from "../auth/get-viewer";
import { AppError, toAppError } from "../errors";
import { errorResponse } from "../http/json-route";
import { crossOriginRefusal } from "../http/same-origin";
import { importRosterUpload } from "./import";
import { MAX_ROSTER_UPLOAD_BYTES } from "./oneroster-upload";

// The upload as base64 (4 characters for 3 bytes) in its JSON object, with room for names and punctuation.
const MAX_BODY_BYTES = Math.ceil(MAX_ROSTER_UPLOAD_BYTES / 3) * 4 + 64 * 1024;
const TOO_LARGE = `The upload is over ${MAX_ROSTER_UPLOAD_BYTES / 1024 / 1024} MB, the most a roster upload may be: upload the export's zip, or only users.csv, classes.csv, enrollments.csv and roles.csv.`;

class TooLarge extends Error {}

/** The request's JSON body, read no further than the limit (a declared or a streamed length over it stops it). */
async function boundedJson(request: Request): Promise<unknown> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new TooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.length;
    if (size > MAX_BODY_BYTES) {
      await reader!.cancel();
      throw new TooLarge();
    }
    chunks.push(next.value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError("invalid", "The request body is not valid JSON.");
  }
}

/**
 * POST /api/admin/oneroster: the "Import roster" page's upload. A route handler rather than a server action, whose
 * body stops at 1 MB; same-origin JSON only, as every JSON endpoint; the administrator is checked before the body
 * is read, and a body over the limit is refused (413) unread.
 */
export async function rosterUploadPost(request: Request): Promise<Response> {
  const refusal = crossOriginRefusal(request);
  if (refusal) return errorResponse(new AppError("forbidden", refusal));
  try {
    const viewer = await getViewer();
    await requireAdmin(viewer);
    const result = await importRosterUpload(viewer, await boundedJson(request));
    return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof TooLarge)
      return NextResponse.json(
        { error: { code: "invalid", message: TOO_LARGE } },
        { status: 413, headers: { "Cache-Control": "no-store" } },
      );
    return errorResponse(toAppError(error));
  }
}
