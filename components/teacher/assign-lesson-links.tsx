import Link from "next/link";

type Props = {
  lessonId: string;
  published: boolean;
  classes: { id: string; name: string }[];
};

/** "Assign" from a lesson: one link per class, each opening that class's assign form with this lesson chosen. */
export function AssignLessonLinks({ lessonId, published, classes }: Props) {
  return (
    <section id="assign" aria-labelledby="assign-heading" className="mb-8 scroll-mt-4">
      <h2 id="assign-heading" className="text-xl font-semibold">
        Assign
      </h2>
      {!published ? (
        <p className="mt-2 text-stone-700">Publish this lesson to assign it.</p>
      ) : classes.length === 0 ? (
        <p className="mt-2 text-stone-700">
          <Link href="/teacher/classes">Create a class</Link> to assign this lesson.
        </p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Link
                href={`/teacher/classes/${c.id}/assign?lesson=${encodeURIComponent(lessonId)}`}
                className="inline-flex min-h-11 items-center"
              >
                Assign to {c.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
