import Link from "next/link";
import { AuditNote } from "@/components/lesson/audit-note";
import { TYPE_LABELS } from "@/components/lesson/type-labels";
import { SKILL_LABELS } from "@/lib/content/schema";
import type { ReviewDraft } from "@/lib/import/queries";
import { DraftAnswer } from "./draft-answer";

export const draftHeadingId = (id: string) => `draft-${id}`;

/**
 * One draft under review: its type, skill, prompt, choices with the key and feedback, explanation, cited
 * sentence and the item audit's warnings, with Accept (or Undo accept), Edit and Reject. The heading takes focus
 * when the review moves to this draft.
 */
export function DraftCard({
  draft,
  number,
  editHref,
  warnings,
  editable,
  onAccept,
  onReject,
}: {
  draft: ReviewDraft;
  number: number;
  editHref: string;
  warnings: readonly string[] | undefined;
  /** False once the lesson is published: the draft is shown, not decided. */
  editable: boolean;
  onAccept: (accepted: boolean) => void;
  onReject: () => void;
}) {
  const accepted = draft.acceptedAt !== null;
  const name = `question ${number}`;
  return (
    <li className="rounded border border-stone-300 p-3" aria-labelledby={draftHeadingId(draft.id)}>
      <h3 id={draftHeadingId(draft.id)} tabIndex={-1} className="text-base font-semibold">
        Question {number}: {TYPE_LABELS[draft.type]} · {SKILL_LABELS[draft.skill]} · {draft.points} pt
        {draft.points === 1 ? "" : "s"}
      </h3>
      {editable && (
        <p className={`mt-1 text-sm font-medium ${accepted ? "text-green-900" : "text-stone-700"}`}>
          {accepted ? "Accepted" : "Not decided yet"}
        </p>
      )}
      <p className="mt-2">{draft.prompt}</p>
      <DraftAnswer draft={draft} />
      <p className="mt-2 text-sm text-stone-800">
        <span className="font-semibold">Explanation: </span>
        {draft.explanation}
      </p>
      <p className="mt-2 text-sm font-semibold">Cited sentence</p>
      <blockquote className="border-l-4 border-amber-500 pl-3 font-serif text-stone-800">
        {draft.citationText}
      </blockquote>
      <AuditNote warnings={warnings} label={`Item audit of ${name}`} />
      {editable && (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button
            type="button"
            className="min-h-11 rounded-md border border-stone-400 px-3 font-medium hover:bg-stone-100"
            aria-label={`${accepted ? "Undo accept of" : "Accept"} ${name}`}
            onClick={() => onAccept(!accepted)}
          >
            {accepted ? "Undo accept" : "Accept"}
          </button>
          <Link href={editHref} className="min-h-11 content-center px-1" aria-label={`Edit ${name}`}>
            Edit
          </Link>
          <button
            type="button"
            className="min-h-11 rounded-md border border-red-700 px-3 font-medium text-red-800 hover:bg-red-50"
            aria-label={`Reject ${name}`}
            onClick={onReject}
          >
            Reject
          </button>
        </div>
      )}
    </li>
  );
}
