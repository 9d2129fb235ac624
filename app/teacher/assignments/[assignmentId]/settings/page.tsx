import Link from "next/link";
import { AccommodationRow } from "@/components/teacher/accommodation-row";
import { CloseAssignmentForm } from "@/components/teacher/close-assignment-form";
import { EditAssignmentForm } from "@/components/teacher/edit-assignment-form";
import { RegradeAssignmentForm } from "@/components/teacher/regrade-assignment-form";
import { GlossaryEditor } from "@/components/reading/glossary-editor";
import { PageHeader } from "@/components/ui/page-header";
import { regradeImpact } from "@/lib/assignments/regrade";
import { getAssignmentSettingsOrThrow } from "@/lib/assignments/settings-queries";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { assignmentGlossary } from "@/lib/reading/glossary-queries";

export const metadata = { title: "Assignment settings" };

export default async function AssignmentSettingsPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  const viewer = await viewerForPage("teacher");
  const a = await notFoundOnAppError(getAssignmentSettingsOrThrow(viewer, assignmentId));
  const [impact, glossary] = await Promise.all([
    regradeImpact(viewer, a.id),
    assignmentGlossary(viewer, a.id),
  ]);
  return (
    <>
      <PageHeader title={`Settings: ${a.lesson.title}`} />
      <p className="-mt-4 mb-6">
        <Link href={`/teacher/classes/${a.class.id}`}>Back to {a.class.name}</Link>
      </p>
      <div className="grid gap-10 lg:grid-cols-2">
        <section
          aria-labelledby="settings-heading"
          className="rounded-lg border border-stone-300 bg-white p-5"
        >
          <h2 id="settings-heading" className="mb-3 text-xl font-semibold">
            Settings
          </h2>
          <EditAssignmentForm
            assignmentId={a.id}
            defaults={{
              ...a,
              openAt: a.openAt.toISOString(),
              dueAt: a.dueAt.toISOString(),
            }}
          />
        </section>
        <div className="flex flex-col gap-8">
          <section
            aria-labelledby="close-heading"
            className="rounded-lg border border-stone-300 bg-white p-5"
          >
            <h2 id="close-heading" className="mb-3 text-xl font-semibold">
              Open or closed
            </h2>
            <CloseAssignmentForm assignmentId={a.id} closed={a.closedAt !== null} />
          </section>
          <section
            aria-labelledby="regrade-heading"
            className="rounded-lg border border-stone-300 bg-white p-5"
          >
            <h2 id="regrade-heading" className="mb-3 text-xl font-semibold">
              Questions and regrading
            </h2>
            <RegradeAssignmentForm
              assignmentId={a.id}
              outdated={impact.questions}
              attempts={impact.attempts}
            />
          </section>
          <section aria-labelledby="acc-heading" className="rounded-lg border border-stone-300 bg-white p-5">
            <h2 id="acc-heading" className="mb-1 text-xl font-semibold">
              Accommodations
            </h2>
            <p className="mb-3 text-stone-700">
              Extended time multiplies the time limit (1.5 = half as long again); extra attempts add to the
              allowed attempts.
            </p>
            <table className="w-full">
              <caption className="sr-only">Extended time and extra attempts per student</caption>
              <thead>
                <tr className="text-left">
                  <th scope="col" className="px-3 py-2">
                    Student
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Time factor
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Extra attempts
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">Save</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {a.students.map((s) => (
                  <AccommodationRow key={s.id} assignmentId={a.id} student={s} />
                ))}
              </tbody>
            </table>
          </section>
          <section
            aria-labelledby="glossary-heading"
            className="rounded-lg border border-stone-300 bg-white p-5"
          >
            <h2 id="glossary-heading" className="mb-1 text-xl font-semibold">
              Glossary
            </h2>
            <p className="mb-3 text-stone-700">
              When a student of this assignment looks up one of these words, they see your definition instead
              of the dictionary’s (and of the lesson’s glossary, on your own lessons).
            </p>
            <GlossaryEditor
              owner={{ assignmentId: a.id }}
              entries={glossary}
              back={`/teacher/assignments/${a.id}/settings`}
            />
          </section>
        </div>
      </div>
    </>
  );
}
