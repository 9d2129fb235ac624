"use client";

import { createClassAction } from "@/lib/classes/actions";
import { Button } from "../ui/button";
import { useFormAction } from "../ui/use-form-action";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";

export function CreateClassForm() {
  const { state, pending, formRef, onSubmit } = useFormAction(createClassAction, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="flex flex-col gap-3 self-start rounded-lg border border-stone-300 bg-white p-5"
      noValidate
    >
      <h2 className="text-xl font-semibold">Create a class</h2>
      <FormMessage
        state={
          state?.ok
            ? { ok: true, message: `Created ${state.data.name}. Its join code is ${state.data.joinCode}.` }
            : state
        }
      />
      <Field
        label="Class name"
        name="name"
        placeholder="e.g. Period 3 · Civics"
        errors={errors?.name}
        required
        maxLength={80}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Creating…" : "Create class"}
      </Button>
    </form>
  );
}
