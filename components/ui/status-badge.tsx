import { STATUS_LABELS, type WorkStatus } from "@/lib/assignments/status";

const TONE: Record<WorkStatus, string> = {
  not_started: "border-stone-400 bg-stone-100 text-stone-800",
  in_progress: "border-blue-700 bg-blue-50 text-blue-900",
  submitted: "border-green-700 bg-green-50 text-green-900",
  late: "border-amber-700 bg-amber-50 text-amber-900",
  missing: "border-red-700 bg-red-50 text-red-900",
  needs_grading: "border-purple-700 bg-purple-50 text-purple-900",
};

export function StatusBadge({ status }: { status: WorkStatus }) {
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-sm whitespace-nowrap ${TONE[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
