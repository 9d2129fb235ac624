"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { WRONG_CREDENTIALS } from "@/lib/auth/messages";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";
import { loadNextAuth } from "./next-auth-client";

const UNREACHABLE = "Lectern could not be reached. Check the connection and try again.";

export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const res = await loadNextAuth()
      .then(({ signIn }) =>
        signIn("credentials", {
          identifier: String(form.get("identifier") ?? ""),
          password: String(form.get("password") ?? ""),
          redirect: false,
        }),
      )
      .catch(() => ({ ok: false, error: UNREACHABLE }));
    if (res?.ok && !res.error) {
      router.replace("/dashboard");
      router.refresh();
      return;
    }
    setPending(false);
    setError(!res?.error || res.error === "CredentialsSignin" ? WRONG_CREDENTIALS : res.error);
  }

  return (
    // The sign-in code loads while the person types (next-auth-client.ts), not with the page.
    <form
      onSubmit={onSubmit}
      onFocus={() => void loadNextAuth().catch(() => undefined)}
      className="flex flex-col gap-4"
      noValidate
    >
      <FormMessage state={error ? { ok: false, message: error } : null} />
      <Field label="Email or username" name="identifier" autoComplete="username" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
