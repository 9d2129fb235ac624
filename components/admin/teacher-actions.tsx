"use client";

import type { AdminTeacher } from "@/lib/admin/admin-teacher";
import type { TeacherIntent } from "@/lib/admin/schema";
import { Button } from "../ui/button";
import { ConfirmButton } from "./confirm-button";

export type RunIntent = (intent: TeacherIntent, teacher: AdminTeacher) => void;

/** Who a button acts on, for screen readers: names can repeat, emails cannot. */
export const targetOf = (t: AdminTeacher) => `${t.displayName} (${t.email})`;

export function ApproveButton({
  teacher,
  run,
  busy,
}: {
  teacher: AdminTeacher;
  run: RunIntent;
  busy: boolean;
}) {
  return (
    <Button disabled={busy} onClick={() => run("approve", teacher)}>
      Approve<span className="sr-only"> {targetOf(teacher)}</span>
    </Button>
  );
}

/** Disable (asked first: it signs them out everywhere) or enable. */
export function DisableOrEnable({
  teacher,
  run,
  busy,
}: {
  teacher: AdminTeacher;
  run: RunIntent;
  busy: boolean;
}) {
  if (teacher.disabled) {
    return (
      <Button variant="secondary" disabled={busy} onClick={() => run("enable", teacher)}>
        Enable<span className="sr-only"> {targetOf(teacher)}</span>
      </Button>
    );
  }
  return (
    <ConfirmButton
      label="Disable"
      target={targetOf(teacher)}
      question={`Disable ${teacher.displayName}'s account? They are signed out everywhere and cannot sign in until it is enabled again.`}
      confirmLabel="Yes, disable"
      disabled={busy}
      onConfirm={() => run("disable", teacher)}
    />
  );
}

export function ResetPasswordButton({
  teacher,
  run,
  busy,
}: {
  teacher: AdminTeacher;
  run: RunIntent;
  busy: boolean;
}) {
  return (
    <ConfirmButton
      label="Reset password"
      target={targetOf(teacher)}
      question={`Reset ${teacher.displayName}'s password? Their password stops working, they are signed out everywhere, and you get a temporary password to give them.`}
      confirmLabel="Yes, reset password"
      disabled={busy}
      onConfirm={() => run("reset-password", teacher)}
    />
  );
}
