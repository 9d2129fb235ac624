import { QuestionLinks } from "./question-links";
import type { SaveState } from "./use-autosave";

const LABEL: Record<SaveState, string> = {
  idle: "Answers save automatically",
  saving: "Saving…",
  saved: "All answers saved",
  offline: "Offline: your answers are kept on this device and will be sent when the connection returns",
  signed_out:
    "You are signed out: sign in again in a new tab. Your answers are kept on this device and will be sent then",
  retrying: "Some answers are not sent yet: they are kept on this device, and Lectern will try again shortly",
};

/**
 * The quiz's one save status. `notSaved` are the numbers of questions whose answer the server refused: each says
 * why under itself (announced there), so here they are only listed, as links, outside the live region.
 */
export function SaveStatus({ state, notSaved }: { state: SaveState; notSaved: number[] }) {
  const waiting = state === "offline" || state === "signed_out" || state === "retrying";
  const label = state === "saved" && notSaved.length > 0 ? "Every other answer is saved" : LABEL[state];
  return (
    <div
      className={`text-sm ${waiting || notSaved.length > 0 ? "font-semibold text-red-800" : "text-stone-700"}`}
    >
      <p role="status" aria-live="polite">
        {label}
      </p>
      {notSaved.length > 0 && (
        <p>
          Not saved: <QuestionLinks numbers={notSaved} />
        </p>
      )}
    </div>
  );
}
