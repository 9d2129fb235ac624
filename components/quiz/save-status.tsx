import type { SaveState } from "./use-autosave";

const LABEL: Record<SaveState, string> = {
  idle: "Answers save automatically",
  saving: "Saving…",
  saved: "All answers saved",
  offline: "Offline: your answers are kept on this device and will be sent when the connection returns",
  signed_out:
    "You are signed out: sign in again in a new tab. Your answers are kept on this device and will be sent then",
  failed: "Not saved",
};

export function SaveStatus({ state, error }: { state: SaveState; error: string | null }) {
  const bad = state === "offline" || state === "signed_out" || error !== null;
  return (
    <div className={`text-sm ${bad ? "font-semibold text-red-800" : "text-stone-700"}`}>
      <p role="status" aria-live="polite">
        {LABEL[state]}
      </p>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
