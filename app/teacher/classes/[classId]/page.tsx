import type { Metadata } from "next";
import { AssignLessonForm } from "@/components/teacher/assign-lesson-form";
import { GradebookTable } from "@/components/teacher/gradebook-table";
import { PageHeader } from "@/components/ui/page-header";
import { getClassGradebook } from "@/lib/assignments/queries";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { listLibraryLessons } from "@/lib/content/queries";
import { notFoundOnAppError } from "@/lib/http/page-errors";

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const viewer = await viewerForPage("TEACHER");
  const [book, lessons] = await Promise.all([
    notFoundOnAppError(getClassGradebook(viewer, classId)),
    listLibraryLessons(viewer),
  ]);
  return (
    <>
      <PageHeader title={book.class.name}>
        <p className="rounded-lg border border-stone-300 bg-white px-4 py-2 text-lg">
          Join code{" "}
          <strong className="font-mono text-2xl tracking-widest" data-testid="join-code">
            {book.class.joinCode}
          </strong>
        </p>
      </PageHeader>
      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading" className="mb-3 text-xl font-semibold">
            Students and assignments
          </h2>
          <GradebookTable assignments={book.assignments} rows={book.rows} />
        </section>
        <AssignLessonForm classId={book.class.id} lessons={lessons} />
      </div>
    </>
  );
}
