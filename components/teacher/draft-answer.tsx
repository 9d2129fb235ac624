import type { ReviewDraft } from "@/lib/import/queries";

/**
 * What a draft asks the student to choose or write, with the key marked in words (not colour alone) and each
 * choice's feedback: what a teacher needs to decide whether to keep it.
 */
export function DraftAnswer({ draft }: { draft: ReviewDraft }) {
  const { type, choices } = draft;
  if (type === "short_answer")
    return (
      <p className="mt-2">
        <span className="font-semibold">Accepted answers: </span>
        {draft.acceptedAnswers.join("; ") || "none"}
      </p>
    );
  if (type === "open_response")
    return <p className="mt-2 whitespace-pre-line">Rubric: {draft.rubric ?? "none"}</p>;
  if (type === "ordering")
    return (
      <div className="mt-2">
        <p className="font-semibold">Correct order</p>
        <ol className="ml-6 list-decimal">
          {choices.map((c) => (
            <li key={c.id}>{c.text}</li>
          ))}
        </ol>
      </div>
    );
  return (
    <div className="mt-2">
      <p className="font-semibold">{type === "evidence" ? "Part A choices" : "Choices"}</p>
      <ul className="flex flex-col gap-1">
        {choices.map((c) => (
          <li key={c.id} className={c.correct ? "font-semibold text-green-900" : ""}>
            <span aria-hidden="true">{c.correct ? "✓ " : "• "}</span>
            {c.text}
            {c.correct && <span className="ml-1 text-sm">(key)</span>}
            {!c.correct && (
              <span className="block pl-4 text-sm font-normal text-stone-700">
                {c.feedback ? `Feedback: ${c.feedback}` : "No feedback for this choice."}
              </span>
            )}
          </li>
        ))}
      </ul>
      {type === "evidence" && draft.evidenceOptions.length > 0 && (
        <>
          <p className="mt-2 font-semibold">Part B sentences to pick from</p>
          <ul className="ml-6 list-disc">
            {draft.evidenceOptions.map((o) => {
              // Part B's key: the sentences inside the citation.
              const key = o.start >= draft.citationStart && o.end <= draft.citationEnd;
              return (
                <li key={o.id} className={key ? "font-semibold text-green-900" : ""}>
                  {o.text}
                  {key && <span className="ml-1 text-sm">(key)</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
