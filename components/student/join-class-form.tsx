"use client";

import { joinClassAction } from "@/lib/classes/actions";
import { Button } from "../ui/button";
import { useFormAction } from "../ui/use-form-action";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";

export function JoinClassForm() {
  const { state, pending, formRef, onSubmit } = useFormAction(joinClassAction, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="flex flex-col gap-3 self-start rounded-lg border border-stone-300 bg-white p-5"
      noValidate
    >
      <h2 className="text-xl font-semibold">Join another class</h2>
      <FormMessage state={state?.ok ? { ok: true, message: `You joined ${state.data.name}.` } : state} />
      <Field label="Class code" name="joinCode" autoComplete="off" errors={errors?.joinCode} required />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Joining…" : "Join"}
      </Button>
    </form>
  );
}
