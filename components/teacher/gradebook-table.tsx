import type { GradebookCell } from "@/lib/assignments/queries";
import { LocalTime } from "../ui/local-time";
import { StatusBadge } from "../ui/status-badge";

type Props = {
  assignments: { id: string; title: string; dueAt: Date }[];
  rows: { student: { id: string; displayName: string; username: string | null }; cells: GradebookCell[] }[];
};

export function GradebookTable({ assignments, rows }: Props) {
  if (rows.length === 0) {
    return <p className="text-stone-700">No students yet. Share the join code with your class.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-300 bg-white">
      <table className="min-w-full border-collapse text-left">
        <caption className="sr-only">Each student&apos;s status and score for each assignment</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-4 py-2">
              Student
            </th>
            {assignments.map((a) => (
              <th key={a.id} scope="col" className="px-4 py-2 font-semibold">
                {a.title}
                <span className="block text-sm font-normal text-stone-700">
                  Due <LocalTime date={a.dueAt} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.student.id} className="border-t border-stone-200">
              <th scope="row" className="px-4 py-2 font-medium">
                {row.student.displayName}
                <span className="block text-sm font-normal text-stone-600">{row.student.username}</span>
              </th>
              {row.cells.map((cell, i) => (
                <td key={assignments[i]!.id} className="px-4 py-2">
                  <StatusBadge status={cell.status} />
                  {cell.percent !== null && <span className="ml-2 font-semibold">{cell.percent}%</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
