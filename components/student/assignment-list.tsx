import Link from "next/link";
import type { StudentAssignment } from "@/lib/assignments/queries";
import { GradedSoFarScore } from "../results/graded-so-far";
import { LocalTime } from "../ui/local-time";
import { StatusBadge } from "../ui/status-badge";

export function AssignmentList({
  title,
  items,
  empty,
}: {
  title: string;
  items: StudentAssignment[];
  empty: string;
}) {
  const headingId = `list-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h2 id={headingId} className="mb-3 text-xl font-semibold">
        {title} <span className="text-stone-600">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="text-stone-700">{empty}</p>
      ) : (
        <ul className="grid gap-3">
          {items.map((a) => (
            <li
              key={a.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-300 bg-white p-4"
            >
              <div>
                <Link href={`/student/assignments/${a.id}`} className="text-lg font-semibold">
                  {a.title}
                </Link>
                <p className="text-stone-700">
                  {a.className} · Due <LocalTime date={a.dueAt} />
                </p>
              </div>
              <div className="flex items-center gap-3">
                <StatusBadge status={a.status} />
                {a.gradedSoFar ? (
                  <GradedSoFarScore score={a.gradedSoFar} className="font-semibold" />
                ) : (
                  a.percent !== null && <span className="text-lg font-semibold">{a.percent}%</span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
