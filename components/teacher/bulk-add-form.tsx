"use client";

import { useId } from "react";
import { bulkAddAction } from "@/lib/classes/actions";
import { Button } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";
import { PrintableCards } from "./printable-cards";

/** Paste names (or CSV of name, username): every account or none, and the login cards shown once. */
export function BulkAddForm({ classId }: { classId: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(bulkAddAction, { resetOnSuccess: true });
  const id = useId();
  const problems = state && !state.ok ? state.fieldErrors?.names : undefined;
  const added = state?.ok ? state.data : null;
  return (
    <div className="flex flex-col gap-4">
      <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="classId" value={classId} />
        <FormMessage
          state={
            added
              ? {
                  ok: true,
                  message: `Added ${added.cards.length} student${added.cards.length === 1 ? "" : "s"}. Their one-time passwords are shown only now: print the login cards before you leave this page.`,
                }
              : state
          }
        />
        <label htmlFor={id} className="font-medium">
          Students&rsquo; names
        </label>
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          One student a line, such as <q>Ana Lopez</q>. To choose a username too, write{" "}
          <q>Ana Lopez, analopez</q>. Otherwise Lectern makes one from the first name, the last name&rsquo;s
          initial and two digits.
        </p>
        <textarea
          id={id}
          name="names"
          rows={8}
          required
          aria-invalid={problems ? true : undefined}
          aria-describedby={`${id}-hint${problems ? ` ${id}-problems` : ""}`}
          className="rounded-md border border-stone-400 bg-white px-3 py-2 font-mono aria-invalid:border-red-700"
        />
        {problems && (
          <ul id={`${id}-problems`} className="list-disc pl-6 text-sm text-red-800">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Adding…" : "Add students"}
        </Button>
      </form>
      {added && (
        <section aria-labelledby={`${id}-cards`} className="flex flex-col gap-3">
          <h3 id={`${id}-cards`} className="text-lg font-semibold">
            Login cards
          </h3>
          <Button variant="secondary" className="self-start" onClick={() => window.print()}>
            Print login cards
          </Button>
          <PrintableCards
            className={added.className}
            cards={added.cards.map((c) => ({
              name: c.name,
              username: c.username,
              secretLabel: "Password",
              secret: c.password,
            }))}
          />
        </section>
      )}
    </div>
  );
}
