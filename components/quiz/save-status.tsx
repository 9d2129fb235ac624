import type { SaveState } from "./use-autosave";

const LABEL: Record<SaveState, string> = {
  idle: "Answers save automatically",
  saving: "Saving…",
  saved: "All answers saved",
  retrying: "Offline or server busy. Will retry; keep answering",
  failed: "Not saved",
};

export function SaveStatus({ state, error }: { state: SaveState; error: string | null }) {
  const bad = state === "failed" || state === "retrying";
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${bad ? "font-semibold text-red-800" : "text-stone-700"}`}
    >
      {LABEL[state]}
      {state === "failed" && error ? `: ${error}` : ""}
    </p>
  );
}
