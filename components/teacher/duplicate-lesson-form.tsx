import { duplicateLessonAction } from "@/lib/content/actions";
import { buttonClass } from "../ui/button";

export function DuplicateLessonForm({ lessonId }: { lessonId: string }) {
  return (
    <form action={duplicateLessonAction}>
      <input type="hidden" name="lessonId" value={lessonId} />
      <button type="submit" className={buttonClass("secondary")}>
        Duplicate to my lessons
      </button>
    </form>
  );
}
