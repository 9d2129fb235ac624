import { ColumnHeaders } from "@/components/ui/column-headers";
import type { RosterSummary } from "@/lib/rosters/oneroster-diff";
import type { Refusal } from "@/lib/rosters/oneroster-plan";

/** The counts of an import, planned or done, as a list a screen reader reads in order. */
export function RosterCounts({ summary, applied }: { summary: RosterSummary; applied: boolean }) {
  const [make, change, end, remove] = applied
    ? ["created", "updated", "ended", "removed"]
    : ["to create", "to update", "to end", "to remove"];
  const [add] = applied ? ["added"] : ["to add"];
  return (
    <ul className="list-disc pl-6" data-testid="roster-counts">
      <li>
        Accounts: {summary.users.create} {make}, {summary.users.update} {change}
      </li>
      <li>
        Classes: {summary.classes.create} {make}, {summary.classes.update} {change}
      </li>
      <li>
        Students in classes: {summary.members.add} {add}, {summary.members.end} {end}
      </li>
      <li>
        Co-teachers: {summary.coTeachers.add} {add}, {summary.coTeachers.remove} {remove}
      </li>
      <li>Rows refused: {summary.refused}</li>
    </ul>
  );
}

/** Every row left out, with its file, line and reason; a table that scrolls on its own on a narrow screen. */
export function RefusedRows({ refused }: { refused: Refusal[] }) {
  if (refused.length === 0) return null;
  return (
    <div className="mt-3 max-w-full overflow-x-auto" role="region" aria-label="Rows refused" tabIndex={0}>
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="text-left font-semibold">Rows refused (left out of the import)</caption>
        <ColumnHeaders labels={["File", "Line", "Reason"]} />
        <tbody>
          {refused.map((r) => (
            <tr key={`${r.file}:${r.line}:${r.reason}`}>
              <td className="border-b px-2 py-1 font-mono">{r.file}</td>
              <td className="border-b px-2 py-1">{r.line}</td>
              <td className="border-b px-2 py-1">{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
