import { getViewer } from "@/lib/auth/get-viewer";
import { exportLessonFile } from "@/lib/content/question-export";
import { toAppError } from "@/lib/errors";

type Context = { params: Promise<{ lessonId: string; format: string }> };

/** A lesson's questions as a GIFT, Aiken, Kahoot or Wayground file; exportLessonFile authorizes. */
export async function GET(_request: Request, context: Context) {
  try {
    const [viewer, { lessonId, format }] = await Promise.all([getViewer(), context.params]);
    const file = await exportLessonFile(viewer, lessonId, format);
    return new Response(new Blob([file.body as BlobPart]), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
        // Who scripts the download learns what was left out without opening the file.
        "X-Lectern-Left-Out": String(file.skipped.length),
      },
    });
  } catch (error) {
    const appError = toAppError(error);
    return new Response(appError.message, {
      status: appError.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
