import { STATUS_LABELS, type WorkStatus } from "@/lib/assignments/status";

/**
 * The look of each status lives in globals.css (.badge-*): a gradebook repeats this badge for every student and
 * assignment, and a short class name keeps those pages (and their RSC payload) small.
 */
export function StatusBadge({ status }: { status: WorkStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>;
}
