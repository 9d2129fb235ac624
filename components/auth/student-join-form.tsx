"use client";

import { useRef } from "react";
import { joinAsNewStudentAction } from "@/lib/accounts/actions";
import { Button } from "../ui/button";
import { useFormAction } from "../ui/use-form-action";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";
import { useSignInAfter } from "./use-sign-in-after";

export function StudentJoinForm({ code }: { code?: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(joinAsNewStudentAction);
  const password = useRef("");
  useSignInAfter(state, password);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <FormMessage
        state={state?.ok ? { ok: true, message: "You joined the class. Signing you in…" } : state}
      />
      <Field
        label="Class code"
        name="joinCode"
        defaultValue={code}
        autoComplete="off"
        hint="6 letters and digits from your teacher"
        errors={errors?.joinCode}
        required
      />
      <Field
        label="Your name"
        name="displayName"
        autoComplete="name"
        hint="First and last name, as your teacher knows you"
        errors={errors?.displayName}
        required
      />
      <Field
        label="Choose a username"
        name="username"
        autoComplete="username"
        hint="Letters, digits, dots or dashes; you will sign in with it"
        errors={errors?.username}
        required
      />
      <Field
        label="Choose a password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters"
        errors={errors?.password}
        onChange={(e) => (password.current = e.currentTarget.value)}
        required
      />
      <Button type="submit" disabled={pending || state?.ok}>
        {pending ? "Joining…" : "Join class"}
      </Button>
    </form>
  );
}
