import type { ReactNode } from "react";
import { ReadingPassage } from "@/components/reading/reading-passage";
import type { HighlightsTarget } from "@/components/reading/use-highlights";
import { LookUpSelection, WordLookup } from "@/components/reading/word-lookup";
import type { LookupPlace } from "@/components/reading/word-lookup-dialog";
import { passageSentences } from "@/lib/reading/passage-sentences";
import { AboutArticle } from "./about-article";

type Props = {
  objectives: string[];
  passage: string;
  about?: string | null;
  /** The teacher's instructions for this assignment, shown above the passage. */
  instructions?: string | null;
  /** Where the student's highlights are saved; absent on a teacher's preview. */
  highlights?: HighlightsTarget;
  /** Passed to the passage (components/reading/reading-passage.tsx). */
  tools?: ReactNode;
  selectionActions?: ReactNode;
  /** Where word lookups read (components/reading/word-lookup.tsx); by default the highlights' assignment. */
  lookup?: LookupPlace;
};

/** The reading column of a student's assignment page (also the teacher's preview of it). */
export function StudentReading({
  objectives,
  passage,
  about,
  instructions,
  highlights,
  tools,
  selectionActions,
  lookup,
}: Props) {
  const lookupPlace =
    lookup ?? (highlights?.assignmentId ? { assignmentId: highlights.assignmentId } : undefined);
  const passageView = (
    <ReadingPassage
      blocks={passageSentences(passage)}
      headingLevel={3}
      highlights={highlights}
      tools={tools}
      selectionActions={
        lookupPlace ? (
          <>
            {selectionActions}
            <LookUpSelection />
          </>
        ) : (
          selectionActions
        )
      }
    />
  );
  return (
    <div>
      <AboutArticle about={about} />
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading" className="mb-2 text-xl font-semibold">
          Read the passage
        </h2>
        <div className="mb-4 rounded-lg border border-stone-300 bg-white p-4">
          <h3 className="font-semibold">You will learn to</h3>
          <ul className="mt-1 list-disc pl-6">
            {objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </div>
        {instructions && (
          <div className="mb-4 rounded-lg border border-blue-800 bg-blue-50 p-4">
            <h3 className="font-semibold">Your teacher’s instructions</h3>
            <p className="mt-1 whitespace-pre-line">{instructions}</p>
          </div>
        )}
        {lookupPlace ? <WordLookup place={lookupPlace}>{passageView}</WordLookup> : passageView}
      </section>
    </div>
  );
}
