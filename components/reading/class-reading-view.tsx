import { PassageBlock } from "@/components/lesson/passage-block";
import type { ClassReading } from "@/lib/reading/highlights-queries";
import { heatLevel } from "@/lib/reading/heat-level";
import { COLOR_CLASS, COLOR_NAME } from "./highlight-colors";

const HEAT_CLASS = ["", "bg-orange-100", "bg-orange-200", "bg-orange-300"] as const;

const students = (n: number) => `${n} student${n === 1 ? "" : "s"}`;

/**
 * The teacher's view of how the class read an assignment's passage: each sentence tinted by how many students
 * highlighted it, with the count written beside it, and each question's cited sentences labelled with the
 * question's percent correct; then the words most looked up and every student's highlights and notes.
 */
export function ClassReadingView({ reading }: { reading: ClassReading }) {
  const { blocks, heat, cited, enrolled, words } = reading;
  return (
    <>
      <section aria-labelledby="heat-heading">
        <h2 id="heat-heading" className="mb-1 text-xl font-semibold">
          The passage as the class highlighted it
        </h2>
        <p className="mb-3 text-stone-700">
          Each highlighted sentence says how many of the class’s {enrolled} students highlighted it (darker:
          more of the class). Sentences a question cites say which question and how many answered it
          correctly.
        </p>
        <div className="max-w-prose rounded-lg border border-stone-300 bg-white p-4 font-serif text-lg leading-relaxed">
          {blocks.map((block, i) => (
            <PassageBlock key={i} kind={block.kind} headingLevel={3}>
              {block.pieces.map((p) => {
                if (p.sentence === null) return <span key={p.start}>{p.text}</span>;
                const count = heat[p.sentence] ?? 0;
                const questions = cited[p.sentence] ?? [];
                return (
                  <span key={p.start} data-sentence={p.sentence}>
                    <span className={`rounded-sm ${HEAT_CLASS[heatLevel(count, enrolled)]}`}>{p.text}</span>
                    {count > 0 && (
                      <span
                        data-heat={count}
                        className="ml-1 rounded-sm border border-stone-500 px-1 font-sans text-sm"
                      >
                        {students(count)} highlighted
                      </span>
                    )}
                    {questions.map((q) => (
                      <span
                        key={q.number}
                        data-question={q.number}
                        className="ml-1 rounded-sm border border-blue-800 bg-blue-50 px-1 font-sans text-sm text-blue-900"
                      >
                        Q{q.number}:{" "}
                        {q.percentCorrect === null
                          ? "no answers scored yet"
                          : `${Math.round(q.percentCorrect)}% correct`}
                      </span>
                    ))}{" "}
                  </span>
                );
              })}
            </PassageBlock>
          ))}
        </div>
      </section>
      {words && (
        <section aria-labelledby="words-heading" className="mt-8">
          <h2 id="words-heading" className="mb-2 text-xl font-semibold">
            Words most looked up
          </h2>
          {words.length === 0 ? (
            <p className="text-stone-700">No words looked up yet.</p>
          ) : (
            <ol className="list-decimal pl-6">
              {words.map((w) => (
                <li key={w.word}>
                  {w.word}: {w.count} lookup{w.count === 1 ? "" : "s"}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      <section aria-labelledby="students-heading" className="mt-8">
        <h2 id="students-heading" className="mb-2 text-xl font-semibold">
          Each student’s highlights and notes
        </h2>
        {reading.students.length === 0 ? (
          <p className="text-stone-700">No student has highlighted this passage during the assignment yet.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {reading.students.map((s) => (
              <li key={s.studentId} className="rounded-lg border border-stone-300 bg-white p-4">
                <h3 className="font-semibold">{s.name}</h3>
                <ol className="mt-2 flex flex-col gap-2">
                  {s.highlights.map((h) => (
                    <li key={h.id}>
                      <span className={`mr-2 rounded-sm px-1 text-sm ${COLOR_CLASS[h.color]}`}>
                        {COLOR_NAME[h.color]}
                      </span>
                      “{h.quote}”{h.note && <p className="mt-1 text-stone-800">Note: {h.note}</p>}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
