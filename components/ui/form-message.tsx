/** The look of a success message, shared by forms and by notices a page shows after one. */
export const SUCCESS_MESSAGE_CLASS = "rounded-md border border-green-700 bg-green-50 p-3 text-green-900";

/** The one message on top of a form: errors are announced assertively, successes politely. */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } | null }) {
  if (!state?.message) return <div role="status" aria-live="polite" />;
  return state.ok ? (
    <p role="status" className={SUCCESS_MESSAGE_CLASS}>
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
      {state.message}
    </p>
  );
}
