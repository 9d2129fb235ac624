import type { Metadata } from "next";
import Link from "next/link";
import { ReadingDefaultsForm } from "@/components/reading/reading-defaults-form";
import { BulkAddForm } from "@/components/teacher/bulk-add-form";
import { CoTeachersPanel } from "@/components/teacher/co-teachers-panel";
import { ResetCodeForm } from "@/components/teacher/reset-code-form";
import { MoveStudentForm, RemoveStudentForm } from "@/components/teacher/roster-actions";
import { RosterLog } from "@/components/teacher/roster-log";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getClassRoster } from "@/lib/classes/roster";
import { listRosterEvents } from "@/lib/classes/roster-log";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getClassReadingDefaults } from "@/lib/reading/preferences-queries";

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Students" };

export default async function RosterPage({ params }: Props) {
  const { classId } = await params;
  const viewer = await viewerForPage("teacher");
  const [roster, events, readingDefaults] = await Promise.all([
    notFoundOnAppError(getClassRoster(viewer, classId)),
    notFoundOnAppError(listRosterEvents(viewer, classId)),
    notFoundOnAppError(getClassReadingDefaults(viewer, classId)),
  ]);
  const { class: cls, role } = roster;
  const isOwner = role === "owner";
  const open = cls.archivedAt === null;
  return (
    <>
      <p className="mb-2">
        <Link href={`/teacher/classes/${cls.id}`}>← {cls.name}</Link>
      </p>
      <PageHeader title={`Students of ${cls.name}`}>
        {isOwner && <Link href={`/teacher/classes/${cls.id}/settings`}>Class settings</Link>}
      </PageHeader>
      <section aria-labelledby="roster-heading" className="mb-10">
        <h2 id="roster-heading" className="mb-3 text-xl font-semibold">
          Roster
        </h2>
        <p className="mb-3">
          <a href={`/teacher/classes/${cls.id}/roster-export`} download>
            Download the roster (CSV)
          </a>
        </p>
        {roster.students.length === 0 ? (
          <p className="text-stone-700">No students yet. Add them below, or give them the join code.</p>
        ) : (
          // On a phone each student is a stacked card (the column names before each value), so the roster's forms
          // fit the screen instead of scrolling sideways; the roles keep it a table to screen readers.
          <div className="md:overflow-x-auto">
            <table role="table" className="block w-full border-collapse text-left md:table">
              <thead className="sr-only md:not-sr-only md:table-header-group">
                <tr className="border-b border-stone-400">
                  <th scope="col" className="py-2 pr-4">
                    Student
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    In the class
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Attempts
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Reading defaults
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Actions
                  </th>
                </tr>
              </thead>
              <tbody className="block md:table-row-group">
                {roster.students.map((s) => (
                  <tr
                    key={s.id}
                    role="row"
                    className="block border-b border-stone-200 py-2 align-top md:table-row md:py-0"
                    data-testid="roster-row"
                  >
                    <th scope="row" role="rowheader" className={`${CELL} font-normal`}>
                      <Link href={`/teacher/classes/${cls.id}/students/${s.id}`} className="font-semibold">
                        {s.displayName}
                      </Link>
                      <span className="block font-mono text-sm text-stone-700">{s.username}</span>
                    </th>
                    <td role="cell" className={CELL}>
                      <CellLabel>In the class</CellLabel>
                      {s.leftAt ? (
                        <span className="badge badge-missing">
                          Left the class <LocalTime date={s.leftAt} />
                        </span>
                      ) : (
                        <>
                          Since <LocalTime date={s.joinedAt} />
                        </>
                      )}
                    </td>
                    <td role="cell" className={CELL}>
                      <CellLabel>Attempts</CellLabel>
                      {s.attempts}
                    </td>
                    <td role="cell" className={CELL}>
                      {!s.leftAt && (
                        <ReadingDefaultsForm
                          classId={cls.id}
                          studentId={s.id}
                          name={s.displayName}
                          defaults={readingDefaults.get(s.id) ?? null}
                        />
                      )}
                    </td>
                    <td role="cell" className={CELL}>
                      {!s.leftAt && (
                        <div className="flex flex-wrap items-start gap-2">
                          <ResetCodeForm classId={cls.id} studentId={s.id} name={s.displayName} />
                          {isOwner && (
                            <>
                              <MoveStudentForm
                                classId={cls.id}
                                studentId={s.id}
                                name={s.displayName}
                                classes={roster.otherClasses}
                              />
                              <RemoveStudentForm classId={cls.id} studentId={s.id} name={s.displayName} />
                            </>
                          )}
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {open && (
        <section aria-labelledby="add-heading" className="mb-10 max-w-3xl">
          <h2 id="add-heading" className="mb-3 text-xl font-semibold">
            Add students
          </h2>
          <BulkAddForm classId={cls.id} />
        </section>
      )}
      <section aria-labelledby="teachers-heading" className="mb-10">
        <h2 id="teachers-heading" className="mb-3 text-xl font-semibold">
          Teachers
        </h2>
        <CoTeachersPanel
          classId={cls.id}
          owner={roster.owner}
          coTeachers={roster.coTeachers}
          isOwner={isOwner}
        />
      </section>
      <section aria-labelledby="log-heading">
        <h2 id="log-heading" className="mb-3 text-xl font-semibold">
          Roster changes
        </h2>
        <RosterLog events={events} />
      </section>
    </>
  );
}

/** A roster cell: a block of the stacked card on a phone, a table cell from md up. */
const CELL = "block py-1 md:table-cell md:py-3 md:pr-4";

/** The column's name before a value on a phone, where the header row is hidden; the header says it from md up. */
function CellLabel({ children }: { children: React.ReactNode }) {
  return <span className="font-medium md:hidden">{children}: </span>;
}
