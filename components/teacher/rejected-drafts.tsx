import { TYPE_LABELS } from "@/components/lesson/type-labels";
import type { ReviewDraft } from "@/lib/import/queries";

export const undoRejectId = (id: string) => `undo-reject-${id}`;

/** The drafts the teacher rejected in a lesson still under review, each with its undo. */
export function RejectedDrafts({
  drafts,
  onRestore,
}: {
  drafts: ReviewDraft[];
  onRestore: (id: string) => void;
}) {
  if (drafts.length === 0) return null;
  return (
    <details className="mt-4 rounded border border-stone-300 p-3" open>
      <summary className="cursor-pointer font-semibold">Rejected drafts ({drafts.length})</summary>
      <ul className="mt-2 flex flex-col gap-2">
        {drafts.map((d, i) => (
          <li key={d.id} className="flex flex-wrap items-center gap-3">
            <span className="text-stone-700">
              {TYPE_LABELS[d.type]}: {d.prompt.length > 110 ? `${d.prompt.slice(0, 109)}…` : d.prompt}
            </span>
            <button
              id={undoRejectId(d.id)}
              type="button"
              className="min-h-11 rounded-md border border-stone-400 px-3 font-medium hover:bg-stone-100"
              aria-label={`Undo reject of rejected draft ${i + 1}`}
              onClick={() => onRestore(d.id)}
            >
              Undo reject
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
