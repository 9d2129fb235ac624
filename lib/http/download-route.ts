import type { Viewer } from "../auth/viewer-types";
import { getViewer } from "../auth/get-viewer";
import { toAppError } from "../errors";

type Context<P> = { params: Promise<P> };

export type Download = {
  filename: string;
  body: string | Uint8Array;
  contentType: string;
  /** Further response headers (what a file leaves out, say). */
  headers?: Record<string, string>;
};

/** A download: the lib function authorizes and builds the file; failures answer with their status and a sentence. */
export function downloadRoute<P>(handler: (viewer: Viewer | null, params: P) => Promise<Download>) {
  return async (_request: Request, context: Context<P>) => {
    try {
      const [viewer, params] = await Promise.all([getViewer(), context.params]);
      const file = await handler(viewer, params);
      return new Response(new Blob([file.body as BlobPart]), {
        headers: {
          "Content-Type": file.contentType,
          "Content-Disposition": `attachment; filename="${file.filename}"`,
          "Cache-Control": "no-store",
          ...file.headers,
        },
      });
    } catch (error) {
      const appError = toAppError(error);
      return new Response(appError.message, {
        status: appError.status,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
  };
}
