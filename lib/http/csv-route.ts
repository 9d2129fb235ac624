import type { Viewer } from "../auth/viewer-types";
import { getViewer } from "../auth/get-viewer";
import { toAppError } from "../errors";

type Context<P> = { params: Promise<P> };
type Handler<P> = (viewer: Viewer | null, params: P) => Promise<{ filename: string; csv: string }>;

/** A download: the lib function authorizes and builds the file; failures answer with their status and a sentence. */
export function csvRoute<P>(handler: Handler<P>) {
  return async (_request: Request, context: Context<P>) => {
    try {
      const [viewer, params] = await Promise.all([getViewer(), context.params]);
      const { filename, csv } = await handler(viewer, params);
      return new Response(csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${filename}"`,
          "Cache-Control": "no-store",
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
