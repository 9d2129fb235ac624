import Link from "next/link";
import { PrintButton } from "@/components/lesson/print-button";
import { PrintableLesson } from "@/components/lesson/printable-lesson";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getLessonForTeacherOrThrow } from "@/lib/content/queries";
import { notFoundOnAppError } from "@/lib/http/page-errors";

export const metadata = { title: "Print lesson" };

type Props = { params: Promise<{ lessonId: string }>; searchParams: Promise<{ key?: string | string[] }> };

/**
 * A lesson to print: the students' copy, or with `?key=1` the teacher's copy with the answer key on pages of its
 * own. Only a teacher who may use the lesson reaches it (its owner, or a verified teacher for a shared lesson).
 */
export default async function PrintLessonPage({ params, searchParams }: Props) {
  const [{ lessonId }, { key }] = await Promise.all([params, searchParams]);
  const viewer = await viewerForPage("teacher");
  const lesson = await notFoundOnAppError(getLessonForTeacherOrThrow(viewer, lessonId));
  const withKey = key === "1";
  const here = `/teacher/lessons/${lesson.id}/print`;
  return (
    <>
      <nav aria-label="Print options" className="print-hide mb-6 flex flex-wrap items-center gap-4">
        <Link href={`/teacher/lessons/${lesson.id}`}>← Back to the lesson</Link>
        {withKey ? (
          <Link href={here}>Students’ copy (no answer key)</Link>
        ) : (
          <Link href={`${here}?key=1`}>Teacher’s copy (with the answer key)</Link>
        )}
        <PrintButton />
      </nav>
      <p className="print-hide mb-4 text-stone-700" role="status">
        {withKey
          ? "Teacher’s copy: the answer key prints on pages of its own after the questions."
          : "Students’ copy: no answer key."}
      </p>
      <PrintableLesson lesson={lesson} withKey={withKey} />
    </>
  );
}
