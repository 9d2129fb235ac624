import { EXPORT_FORMATS, EXPORT_LABELS, exportQuestions } from "@/lib/interchange/export-formats";
import type { QuestionInput } from "@/lib/content/schema";

type PageQuestion = Omit<QuestionInput, "citation" | "choices" | "rubric" | "rejectedAnswers"> & {
  rubric: string | null;
  rejectedAnswers: string[];
  choices: { text: string; correct: boolean; feedback: string | null }[];
};

const asExported = (q: PageQuestion) => ({
  ...q,
  rubric: q.rubric ?? undefined,
  choices: q.choices.map(({ text, correct, feedback }) => ({
    text,
    correct,
    ...(feedback ? { feedback } : {}),
  })),
});

/**
 * "Export": a download link per format, each saying how many questions it leaves out (a type the format cannot
 * hold, or text over a game's limits), so a teacher knows before opening the file.
 */
export function QuestionExportLinks({
  lessonId,
  questions,
}: {
  lessonId: string;
  questions: PageQuestion[];
}) {
  const exported = questions.map(asExported);
  return (
    <section aria-labelledby="export-heading" className="mb-8">
      <h2 id="export-heading" className="text-xl font-semibold">
        Export
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {EXPORT_FORMATS.map((format) => {
          const left = exportQuestions(exported, format).skipped;
          return (
            <li key={format}>
              <a href={`/teacher/lessons/${lessonId}/export/${format}`} download className="underline">
                {EXPORT_LABELS[format]}
              </a>
              {left.length > 0 && (
                <span className="text-sm text-stone-700">
                  {" "}
                  (leaves out {left.map((s) => `question ${s.number}`).join(", ")}: {left[0]!.reason}
                  {left.length > 1 ? " and the like" : ""})
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
