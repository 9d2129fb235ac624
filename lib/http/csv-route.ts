import type { Viewer } from "../auth/viewer-types";
import { downloadRoute } from "./download-route";

type Handler<P> = (viewer: Viewer | null, params: P) => Promise<{ filename: string; csv: string }>;

/** A CSV download (lib/http/download-route.ts). */
export function csvRoute<P>(handler: Handler<P>) {
  return downloadRoute<P>(async (viewer, params) => {
    const { filename, csv } = await handler(viewer, params);
    return { filename, body: csv, contentType: "text/csv; charset=utf-8" };
  });
}
