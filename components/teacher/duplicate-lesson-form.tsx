import { duplicateLessonAction } from "@/lib/content/actions";
import { copyTitle, LESSON_TITLE_MAX } from "@/lib/content/lesson-details";
import { buttonClass } from "../ui/button";

/** Duplicating names the copy: "Copy of <title>" offered, the teacher's own name kept when they change it. */
export function DuplicateLessonForm({ lessonId, title }: { lessonId: string; title: string }) {
  return (
    <form action={duplicateLessonAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="lessonId" value={lessonId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="copy-title" className="text-sm font-medium">
          Name of the copy
        </label>
        <input
          id="copy-title"
          name="title"
          defaultValue={copyTitle(title)}
          maxLength={LESSON_TITLE_MAX}
          className="min-h-11 w-64 max-w-full rounded-md border border-stone-400 bg-white px-3 py-2"
        />
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Duplicate to my lessons
      </button>
    </form>
  );
}
