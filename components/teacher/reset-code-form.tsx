"use client";

import { resetCodeAction } from "@/lib/classes/actions";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { LocalTime } from "../ui/local-time";
import { useFormAction } from "../ui/use-form-action";
import { PrintableCards } from "./printable-cards";

/** Makes a one-time sign-in code for one student, shown once with its card to print. */
export function ResetCodeForm({
  classId,
  studentId,
  name,
}: {
  classId: string;
  studentId: string;
  name: string;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(resetCodeAction);
  const card = state?.ok ? state.data : null;
  return (
    <div className="flex flex-col gap-2">
      <form ref={formRef} onSubmit={onSubmit}>
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="studentId" value={studentId} />
        <FormMessage state={card ? null : state} />
        <Button type="submit" variant="secondary" disabled={pending} aria-label={`Reset password of ${name}`}>
          {pending ? "Making a code…" : "Reset password"}
        </Button>
      </form>
      {card && (
        <div role="status" className="flex flex-col gap-2">
          <p>
            {card.name} signs in with username <strong className="font-mono">{card.username}</strong> and code{" "}
            <strong className="font-mono" data-testid="reset-code">
              {card.code}
            </strong>{" "}
            until <LocalTime date={card.expiresAt} />. Shown only now. Their other sessions end when they use
            it.
          </p>
          <Button variant="secondary" className="self-start" onClick={() => window.print()}>
            Print the code
          </Button>
          <PrintableCards
            preview={false}
            className={card.className}
            cards={[
              {
                name: card.name,
                username: card.username,
                secretLabel: "Code",
                secret: card.code,
                note: "Type the code as your password within 15 minutes, then choose a new password.",
              },
            ]}
          />
        </div>
      )}
    </div>
  );
}
