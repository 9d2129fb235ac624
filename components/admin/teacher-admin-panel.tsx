"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { manageTeacherAction } from "@/lib/admin/actions";
import { isPending, type AdminTeacher } from "@/lib/admin/admin-teacher";
import { AdminResultMessage } from "./admin-result-message";
import type { RunIntent } from "./teacher-actions";
import { AllTeachersTable, PendingTeachersTable } from "./teacher-tables";

/**
 * The administration page's tables and their one message: a row leaves the waiting table once approved, so the
 * result is announced here, where it stays, and focus moves to it.
 */
export function TeacherAdminPanel({ teachers }: { teachers: AdminTeacher[] }) {
  const [state, dispatch, busy] = useActionState(manageTeacherAction, null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) messageRef.current?.focus();
  }, [state]);

  const run: RunIntent = (intent, teacher) => {
    const form = new FormData();
    form.set("intent", intent);
    form.set("teacherId", teacher.id);
    startTransition(() => dispatch(form));
  };
  const pending = teachers.filter(isPending);
  return (
    <>
      <div ref={messageRef} tabIndex={-1} className="mb-6 outline-none">
        <AdminResultMessage state={state} />
      </div>
      <section aria-labelledby="pending-heading" className="mb-10">
        <h2 id="pending-heading" className="mb-1 text-xl font-semibold">
          Teachers waiting for approval
        </h2>
        <p className="mb-3 text-stone-700">
          Until you approve them, teachers who sign up can use only the lessons they create or import.
          Approved teachers can open, duplicate and assign the shared lessons, answer keys included.
        </p>
        <PendingTeachersTable teachers={pending} run={run} busy={busy} />
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading" className="mb-1 text-xl font-semibold">
          All teacher accounts
        </h2>
        <p className="mb-3 text-stone-700">
          Disabling an account or resetting its password signs that teacher out everywhere.
        </p>
        <AllTeachersTable teachers={teachers} run={run} busy={busy} />
      </section>
    </>
  );
}
