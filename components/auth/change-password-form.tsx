"use client";

import { signOut } from "next-auth/react";
import { useEffect } from "react";
import { changePasswordAction } from "@/lib/accounts/actions";
import { Button } from "../ui/button";
import { NewPasswordFields } from "./new-password-fields";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

export function ChangePasswordForm() {
  const { state, pending, formRef, onSubmit } = useFormAction(changePasswordAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // The change ended every session, this one included: sign in again with the new password.
  useEffect(() => {
    if (state?.ok) void signOut({ callbackUrl: "/sign-in" });
  }, [state]);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage
        state={
          state?.ok ? { ok: true, message: "Password changed. Signed out everywhere; sign in again." } : state
        }
      />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={errors?.currentPassword}
        required
      />
      <NewPasswordFields errors={errors} />
      <Button type="submit" disabled={pending || state?.ok} className="self-start">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
