import { CitedPassage } from "@/components/lesson/cited-passage";
import { PassageBeside } from "@/components/quiz/passage-beside";
import { ReadOnlyHighlights } from "@/components/reading/highlight-list";
import type { ShownHighlight } from "@/lib/reading/highlight-types";
import { toPassageCitation } from "@/lib/content/passage-citations";
import { ReviewItem, reviewCitationId, reviewQuestionId } from "./review-item";

type Props = {
  passage: { text: string; start: number };
  items: (Parameters<typeof ReviewItem>[0]["item"] & { question: { id: string } })[];
  /** The student's own highlights of the lesson, listed read-only under the passage. */
  highlights: ShownHighlight[];
};

/** After release: the student's answers beside the passage, each question's cited sentence marked and linked. */
export function ReleasedReview({ passage, items, highlights }: Props) {
  const citations = items.map(({ question: q }, i) => ({
    ...toPassageCitation(q.id, q, passage.start),
    anchorId: reviewCitationId(i + 1),
    label: `Question ${i + 1}`,
    backHref: `#${reviewQuestionId(i + 1)}`,
  }));
  return (
    <PassageBeside
      first="questions"
      questionsLabel="Your answers"
      passageLabel="The passage"
      questions={
        <section aria-labelledby="answers-heading">
          <h2 id="answers-heading" className="mb-3 text-xl font-semibold">
            Your answers
          </h2>
          <ol className="flex flex-col gap-4">
            {items.map((item, i) => (
              <ReviewItem key={item.question.id} index={i} item={item} />
            ))}
          </ol>
        </section>
      }
      passage={
        <section aria-labelledby="passage-heading">
          <h2 id="passage-heading" className="mb-3 text-xl font-semibold">
            The passage
          </h2>
          <p className="mb-3 text-sm text-stone-700">
            Highlighted sentences are where each answer comes from; each starts with its question number.
          </p>
          <CitedPassage text={passage.text} citations={citations} headingLevel={3} />
          <ReadOnlyHighlights highlights={highlights} />
        </section>
      }
    />
  );
}
