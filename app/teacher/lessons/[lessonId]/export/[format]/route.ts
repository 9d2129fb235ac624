import { exportLessonFile } from "@/lib/content/question-export";
import { downloadRoute } from "@/lib/http/download-route";

/** A lesson's questions as a GIFT, Aiken, Kahoot or Wayground file; exportLessonFile authorizes. */
export const GET = downloadRoute<{ lessonId: string; format: string }>(
  async (viewer, { lessonId, format }) => {
    const { skipped, ...file } = await exportLessonFile(viewer, lessonId, format);
    // Who scripts the download learns what was left out without opening the file.
    return { ...file, headers: { "X-Lectern-Left-Out": String(skipped.length) } };
  },
);
