"use client";

import Link from "next/link";
import type { GradebookAssignment, GradebookRow } from "@/lib/results/gradebook";
import type { GradebookView } from "@/lib/results/schema";
import { LocalTime } from "../ui/local-time";
import { StatusBadge } from "../ui/status-badge";
import { formatPercent } from "./format";
import { GradedSoFarScore } from "./graded-so-far";
import { gradebookHref } from "./gradebook-href";

type Props = {
  classId: string;
  view: GradebookView;
  assignments: GradebookAssignment[];
  rows: GradebookRow[];
  classAverage: number | null;
  total: number;
  pageCount: number;
  assignmentCount: number;
  colPageCount: number;
};

function SortHeader({
  base,
  view,
  sortKey,
  className = "",
  children,
}: {
  base: string;
  view: GradebookView;
  sortKey: string;
  className?: string;
  children: React.ReactNode;
}) {
  const active = view.sort === sortKey;
  // A first click sorts ascending: on a score column that lists the students who need help first.
  const dir = active && view.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      aria-sort={active ? (view.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-3 py-2 align-bottom ${className}`}
    >
      {children}
      <Link href={gradebookHref(base, view, { sort: sortKey, dir, page: 1 })} className="block text-sm">
        Sort{active ? (view.dir === "asc" ? " ↑" : " ↓") : ""}
        <span className="sr-only"> by this column, {dir === "asc" ? "ascending" : "descending"}</span>
      </Link>
    </th>
  );
}

function ColumnPager({
  base,
  view,
  count,
  pages,
}: {
  base: string;
  view: GradebookView;
  count: number;
  pages: number;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Assignment columns" className="mb-2 flex flex-wrap items-center gap-4">
      <p>
        {count} assignments · showing the {view.cols === 1 ? "latest" : `set ${view.cols} of ${pages}, older`}
      </p>
      {view.cols < pages && (
        <Link href={gradebookHref(base, view, { cols: view.cols + 1 })}>Earlier assignments</Link>
      )}
      {view.cols > 1 && (
        <Link href={gradebookHref(base, view, { cols: view.cols - 1 })}>Later assignments</Link>
      )}
    </nav>
  );
}

/** A class with no students yet still lists its assignments, so their report and settings stay in reach. */
function AssignmentLinks({ assignments }: { assignments: GradebookAssignment[] }) {
  if (assignments.length === 0) return null;
  return (
    <ul aria-label="Assignments" className="flex flex-col gap-2">
      {assignments.map((a) => (
        <li
          key={a.id}
          className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-lg border border-stone-300 bg-white px-3 py-2"
        >
          <span className="font-semibold">{a.title}</span>
          <span className="text-sm text-stone-700">
            Due <LocalTime date={a.dueAt} />
            {a.closed && " · closed"}
          </span>
          <Link href={`/teacher/assignments/${a.id}/report`}>
            Report<span className="sr-only"> for {a.title}</span>
          </Link>
          <Link href={`/teacher/assignments/${a.id}/settings`}>
            Settings<span className="sr-only"> for {a.title}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * A client component on purpose: the server sends the gradebook as compact data (a row of cells per student) and
 * the table is rendered from it, instead of streaming every cell's markup twice (as HTML and as an RSC tree).
 */
export function GradebookTable({
  classId,
  view,
  assignments,
  rows,
  classAverage,
  total,
  pageCount,
  assignmentCount,
  colPageCount,
}: Props) {
  const base = `/teacher/classes/${classId}`;
  if (rows.length === 0) {
    const filtered = view.q !== "" || view.status !== undefined;
    if (filtered) return <p className="text-stone-700">No student matches these filters.</p>;
    return (
      <>
        <p className="mb-3 text-stone-700">No students yet. Share the join code with your class.</p>
        <ColumnPager base={base} view={view} count={assignmentCount} pages={colPageCount} />
        <AssignmentLinks assignments={assignments} />
      </>
    );
  }
  return (
    <>
      <ColumnPager base={base} view={view} count={assignmentCount} pages={colPageCount} />
      <div className="overflow-x-auto rounded-lg border border-stone-300 bg-white">
        <table className="min-w-full border-collapse text-left">
          <caption className="sr-only">
            Each student&apos;s status and counted score for each assignment, with averages
          </caption>
          <thead className="bg-stone-100">
            <tr>
              {/* Student names stay in view while the teacher scrolls across assignments. */}
              <SortHeader base={base} view={view} sortKey="name" className="sticky left-0 z-10 bg-stone-100">
                Student
              </SortHeader>
              <SortHeader base={base} view={view} sortKey="average">
                Average
              </SortHeader>
              {assignments.map((a) => (
                <SortHeader key={a.id} base={base} view={view} sortKey={a.id}>
                  <Link href={`/teacher/assignments/${a.id}/report`} className="font-semibold">
                    {a.title}
                  </Link>
                  <span className="block text-sm font-normal text-stone-700">
                    Due <LocalTime date={a.dueAt} />
                    {a.closed && " · closed"}
                  </span>
                </SortHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.student.id} className="border-t border-stone-200">
                <th
                  scope="row"
                  className="sticky left-0 z-10 bg-white px-3 py-2 font-medium whitespace-nowrap"
                >
                  <Link href={`${base}/students/${row.student.id}`}>{row.student.displayName}</Link>
                  <span className="block text-sm font-normal text-stone-600">{row.student.username}</span>
                  {row.student.leftAt && (
                    <span className="block text-sm font-normal text-stone-700">Left the class</span>
                  )}
                </th>
                <td className="px-3 py-2 font-semibold">{formatPercent(row.average)}</td>
                {row.cells.map((cell, i) => (
                  <td key={assignments[i]!.id} className="gb-cell">
                    <StatusBadge status={cell.status} />
                    {cell.gradedSoFar ? (
                      <GradedSoFarScore score={cell.gradedSoFar} className="block text-sm font-semibold" />
                    ) : (
                      cell.percent !== null && <b>{formatPercent(cell.percent)}</b>
                    )}
                    {/* Counted but final, while another attempt waits for grading (best-score rule). */}
                    {!cell.gradedSoFar && cell.percent !== null && cell.status === "needs_grading" && (
                      <span className="block text-sm text-stone-700">provisional</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-stone-300 bg-stone-50">
            <tr>
              <th scope="row" className="sticky left-0 z-10 bg-stone-50 px-3 py-2">
                Class average
              </th>
              <td className="px-3 py-2 font-semibold">{formatPercent(classAverage)}</td>
              {assignments.map((a) => (
                <td key={a.id} className="px-3 py-2 text-sm">
                  <span className="font-semibold">{formatPercent(a.average)}</span>
                  <span className="block text-stone-700">
                    {a.submitted} submitted · {a.missing} missing
                    {a.needsGrading > 0 && ` · ${a.needsGrading} to grade`}
                  </span>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="mt-3 text-sm text-stone-700">
        {view.provisional === "include"
          ? "Averages count provisional scores, with their ungraded points as 0."
          : "Averages leave out provisional scores (open responses still to grade)."}
      </p>
      <nav aria-label="Gradebook pages" className="mt-3 flex items-center gap-4">
        <p>
          {total} student{total === 1 ? "" : "s"} · page {view.page} of {pageCount}
        </p>
        {view.page > 1 && (
          <Link href={gradebookHref(base, view, { page: view.page - 1 })}>Previous page</Link>
        )}
        {view.page < pageCount && (
          <Link href={gradebookHref(base, view, { page: view.page + 1 })}>Next page</Link>
        )}
      </nav>
    </>
  );
}
