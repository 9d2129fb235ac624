"use client";

import type { LiveProgress } from "@/lib/results/live-progress";
import type { LiveReport } from "@/lib/results/live-report";
import { LocalTime } from "../ui/local-time";
import { ColumnHeaders } from "@/components/ui/column-headers";
import { LIVE_POLL_MS as POLL_MS, useLiveReport } from "./use-live-report";

function statusText(status: LiveProgress["students"][number]["status"]) {
  if (status === "submitted") return "Submitted";
  if (status === "in_progress") return "Working";
  return "Not started";
}

/**
 * Polls the class's progress (with the rest of the report's live parts) while this page is open, so a teacher watches the class work without reloading. A
 * closed assignment takes no more work, so its list is not polled.
 */
export function LiveProgressTable({
  assignmentId,
  initial,
  closed,
}: {
  assignmentId: string;
  initial: LiveReport;
  closed: boolean;
}) {
  // The page's one live source, shared with the summary, the chart and the link to grade (use-live-report.ts).
  const { data, isError, dataUpdatedAt } = useLiveReport({ assignmentId, initial, closed });
  const submitted = data.students.filter((s) => s.status === "submitted").length;
  const working = data.students.filter((s) => s.status === "in_progress").length;
  return (
    <div>
      <p role="status" className="mb-2">
        {submitted} of {data.students.length} submitted, {working} working.
        {isError && " Could not refresh; retrying."}
      </p>
      <p className="mb-3 text-sm text-stone-700">
        {closed ? (
          "The assignment is closed, so this list no longer changes."
        ) : (
          <>
            Updates every {POLL_MS / 1000} seconds. Last update <LocalTime date={new Date(dataUpdatedAt)} />.
          </>
        )}
      </p>
      {/* A class list can be long: it scrolls on its own (by keyboard too), so the item analysis stays near. */}
      <div
        role="region"
        aria-label="Each student's progress"
        tabIndex={0}
        className="max-h-[min(28rem,70vh)] overflow-y-auto rounded-md border border-stone-300 bg-white px-3"
      >
        <table
          className="w-full text-left [&_thead_th]:sticky [&_thead_th]:top-0 [&_thead_th]:bg-white"
          data-testid="live-progress"
        >
          <caption className="sr-only">Each student&apos;s progress on this assignment</caption>
          <ColumnHeaders labels={["Student", "Status", "Answered", "Submitted"]} />
          <tbody>
            {data.students.map((s) => (
              <tr key={s.id} className="border-b border-stone-200">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {s.displayName}
                </th>
                <td className="py-1 pr-3">{statusText(s.status)}</td>
                <td className="py-1 pr-3 whitespace-nowrap">
                  <progress
                    max={data.questionCount}
                    value={s.answered}
                    aria-label={`${s.displayName}: ${s.answered} of ${data.questionCount} answered`}
                    className="mr-2 w-20 align-middle"
                  />
                  {s.answered} of {data.questionCount}
                </td>
                <td className="py-1">{s.submittedAt ? <LocalTime date={s.submittedAt} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
