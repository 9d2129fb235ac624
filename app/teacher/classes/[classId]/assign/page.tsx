import type { Metadata } from "next";
import Link from "next/link";
import { AssignLessonForm } from "@/components/teacher/assign-lesson-form";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getTeacherClassOrThrow, listTeacherClasses } from "@/lib/classes/queries";
import { listLibraryLessons } from "@/lib/content/queries";
import { notFoundOnAppError } from "@/lib/http/page-errors";

export const metadata: Metadata = { title: "Assign a lesson" };

type Props = {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AssignLessonPage({ params, searchParams }: Props) {
  const [{ classId }, query] = await Promise.all([params, searchParams]);
  const viewer = await viewerForPage("teacher");
  const [cls, lessons, classes] = await Promise.all([
    notFoundOnAppError(getTeacherClassOrThrow(viewer, classId)),
    listLibraryLessons(viewer),
    listTeacherClasses(viewer),
  ]);
  const published = lessons.filter((l) => l.status === "published");
  return (
    <>
      <PageHeader title="Assign a lesson">
        <Link href={`/teacher/classes/${cls.id}`}>Back to {cls.name}</Link>
      </PageHeader>
      <div className="max-w-2xl">
        {published.length === 0 ? (
          <p>
            No published lesson to assign yet. Publish one from the{" "}
            <Link href="/teacher/lessons">lesson library</Link> first.
          </p>
        ) : (
          <AssignLessonForm
            cls={{ id: cls.id, name: cls.name }}
            lessons={published}
            // Set by a lesson's "Assign to" links; a lesson not in the list leaves the first one chosen.
            chosenLessonId={published.find((l) => l.id === query.lesson)?.id}
            otherClasses={classes.filter((c) => c.id !== cls.id).map((c) => ({ id: c.id, name: c.name }))}
          />
        )}
      </div>
    </>
  );
}
