import Link from "next/link";

export type NavQuestion = { id: string; number: number; detail: string };

/** Links to the questions of one kind on the grading page, each with what waits there; the chosen one is current. */
export function QuestionLinks({
  label,
  items,
  base,
  chosenId,
}: {
  label: string;
  items: NavQuestion[];
  base: string;
  chosenId: string;
}) {
  if (items.length === 0) return null;
  return (
    <nav aria-label={label}>
      <h2 className="mb-2 font-semibold">{label}</h2>
      <ul className="flex flex-col gap-2">
        {items.map((q) => (
          <li key={q.id}>
            <Link
              href={`${base}?question=${q.id}`}
              aria-current={q.id === chosenId ? "page" : undefined}
              className="block rounded-md border border-stone-300 bg-white p-3 aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-50"
            >
              Question {q.number}
              <span className="block text-sm text-stone-700">{q.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
