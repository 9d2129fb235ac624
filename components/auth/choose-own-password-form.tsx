"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { chooseOwnPasswordAction } from "@/lib/accounts/actions";
import { Button } from "../ui/button";
import { NewPasswordFields } from "./new-password-fields";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

/** `home` is where the account goes once its password is its own: the student or teacher area. */
export function ChooseOwnPasswordForm({ home }: { home: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(chooseOwnPasswordAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(home);
  }, [state, router, home]);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state?.ok ? { ok: true, message: "Password saved." } : state} />
      <NewPasswordFields errors={errors} />
      <Button type="submit" disabled={pending || state?.ok} className="self-start">
        {pending ? "Saving…" : "Save my password"}
      </Button>
    </form>
  );
}
