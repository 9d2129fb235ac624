"use client";

import { useRef } from "react";
import { signUpTeacherAction } from "@/lib/accounts/actions";
import { Button } from "../ui/button";
import { useFormAction } from "../ui/use-form-action";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";
import { useSignInAfter } from "./use-sign-in-after";

export function TeacherSignUpForm() {
  const { state, pending, formRef, onSubmit } = useFormAction(signUpTeacherAction);
  const password = useRef("");
  useSignInAfter(state, password);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state?.ok ? { ok: true, message: "Account created. Signing you in…" } : state} />
      <Field
        label="Your name"
        name="displayName"
        autoComplete="name"
        hint="As students will see it, e.g. Ms. Rivera"
        errors={errors?.displayName}
        required
      />
      <Field label="Email" name="email" type="email" autoComplete="email" errors={errors?.email} required />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters"
        errors={errors?.password}
        onChange={(e) => (password.current = e.currentTarget.value)}
        required
      />
      <Button type="submit" disabled={pending || state?.ok}>
        {pending ? "Creating account…" : "Create teacher account"}
      </Button>
    </form>
  );
}
