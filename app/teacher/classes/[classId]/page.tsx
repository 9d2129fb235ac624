import type { Metadata } from "next";
import { GradebookFilters } from "@/components/results/gradebook-filters";
import { GradebookTable } from "@/components/results/gradebook-table";
import { AssignedNotice } from "@/components/teacher/assigned-notice";
import { RosterLog } from "@/components/teacher/roster-log";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { listRosterEvents } from "@/lib/classes/roster-log";
import { formInteger } from "@/lib/forms/form-number";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getClassGradebook } from "@/lib/results/gradebook";

type Props = {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params, searchParams }: Props) {
  const [{ classId }, view] = await Promise.all([params, searchParams]);
  const viewer = await viewerForPage("teacher");
  const [book, changes] = await Promise.all([
    notFoundOnAppError(getClassGradebook(viewer, classId, view)),
    notFoundOnAppError(listRosterEvents(viewer, classId, 5)),
  ]);
  // Set by the assign page when it sends the teacher back here; anything else shows no notice.
  const assigned = formInteger({ required: "Not a count" }).catch(0).parse(view.assigned);
  return (
    <>
      <PageHeader title={book.class.name}>
        {book.class.joinCode ? (
          <p className="rounded-lg border border-stone-300 bg-white px-4 py-2 text-lg">
            Join code{" "}
            <strong className="font-mono text-2xl tracking-widest" data-testid="join-code">
              {book.class.joinCode}
            </strong>
          </p>
        ) : (
          <p className="rounded-lg border border-stone-300 bg-white px-4 py-2">Joining by code is off</p>
        )}
      </PageHeader>
      {book.class.archivedAt && (
        <p className="mb-4 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">
          This class is archived: it is off dashboards and takes no new work; its results are kept.
        </p>
      )}
      <p className="mb-6 flex flex-wrap gap-3">
        <Link href={`/teacher/classes/${book.class.id}/students`} className={buttonClass("secondary")}>
          Students and co-teachers
        </Link>
        {book.class.role === "owner" ? (
          <Link href={`/teacher/classes/${book.class.id}/settings`} className={buttonClass("secondary")}>
            Class settings
          </Link>
        ) : (
          <span className="self-center text-stone-700">You co-teach this class.</span>
        )}
      </p>
      {Number.isSafeInteger(assigned) && assigned > 0 && <AssignedNotice count={assigned} />}
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="mb-3 text-xl font-semibold">
          Students and assignments
        </h2>
        <p className="mb-3 flex flex-wrap gap-3">
          <Link href={`/teacher/classes/${book.class.id}/assign`} className={buttonClass("primary")}>
            Assign a lesson
          </Link>
          <Link href={`/teacher/classes/${book.class.id}/skills`} className={buttonClass("secondary")}>
            Skills
          </Link>
          <a href={`/teacher/classes/${book.class.id}/export`} className={buttonClass("secondary")} download>
            Export gradebook (CSV)
          </a>
          <a
            href={`/teacher/classes/${book.class.id}/results-export`}
            className={buttonClass("secondary")}
            download
          >
            Export results, one row per student and assignment (CSV)
          </a>
        </p>
        <GradebookFilters view={book.view} />
        <GradebookTable
          classId={book.class.id}
          view={book.view}
          assignments={book.assignments}
          rows={book.rows}
          classAverage={book.classAverage}
          total={book.total}
          pageCount={book.pageCount}
          assignmentCount={book.assignmentCount}
          colPageCount={book.colPageCount}
        />
      </section>
      <section aria-labelledby="changes-heading" className="mt-10">
        <h2 id="changes-heading" className="mb-3 text-xl font-semibold">
          Recent roster changes
        </h2>
        <RosterLog events={changes} />
        <p className="mt-2">
          <Link href={`/teacher/classes/${book.class.id}/students#log-heading`}>Every roster change</Link>
        </p>
      </section>
    </>
  );
}
