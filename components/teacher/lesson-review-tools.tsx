import { Button } from "../ui/button";

type Batch = { batch: string; count: number };

/** A draft lesson's review as a whole: accept every undecided draft (with undo), or generate its drafts again. */
export function LessonReviewTools({
  lessonId,
  undecided,
  batch,
  undoAllId,
  onAcceptAll,
  onUndoAll,
  onRegenerate,
}: {
  lessonId: string;
  undecided: number;
  batch: Batch | null;
  undoAllId: string;
  onAcceptAll: () => void;
  onUndoAll: () => void;
  onRegenerate: () => void;
}) {
  const regenerateHelp = `regenerate-help-${lessonId}`;
  return (
    <div className="mt-3 flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        {undecided > 0 && (
          <Button variant="secondary" onClick={onAcceptAll}>
            Accept all remaining ({undecided})
          </Button>
        )}
        {batch && (
          <Button id={undoAllId} variant="secondary" onClick={onUndoAll}>
            Undo accept all ({batch.count})
          </Button>
        )}
        <Button variant="secondary" onClick={onRegenerate} aria-describedby={regenerateHelp}>
          Generate drafts again
        </Button>
      </div>
      <p id={regenerateHelp} className="text-sm text-stone-700">
        Generating again replaces the undecided drafts; accepted and rejected ones stay as they are.
      </p>
    </div>
  );
}
