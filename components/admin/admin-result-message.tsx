import type { ManageTeacherResult } from "@/lib/admin/mutations";
import type { ActionState } from "@/lib/forms/action-state";
import { SUCCESS_MESSAGE_CLASS } from "../ui/form-message";

/**
 * What the last action did, in a status region present from the start so that every change is announced; a
 * refusal is an alert. After a password reset it holds the temporary password, this once.
 */
export function AdminResultMessage({ state }: { state: ActionState<ManageTeacherResult> }) {
  const done = state?.ok ? state.data : null;
  return (
    <>
      <div role="status" aria-live="polite">
        {done && (
          <div className={SUCCESS_MESSAGE_CLASS}>
            <p>{done.message}</p>
            {done.temporaryPassword && (
              <p className="mt-2">
                Temporary password:{" "}
                <code data-testid="temporary-password" className="font-mono text-lg font-semibold">
                  {done.temporaryPassword}
                </code>
              </p>
            )}
          </div>
        )}
      </div>
      {state && !state.ok && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
      )}
    </>
  );
}
