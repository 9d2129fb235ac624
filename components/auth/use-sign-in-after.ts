"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { loadNextAuth } from "./next-auth-client";

/** After an account is created on the server, signs it in with the password the person just typed. */
export function useSignInAfter(state: ActionState<{ login: string }>, password: React.RefObject<string>) {
  const router = useRouter();
  const done = useRef(false);
  useEffect(() => {
    if (!state?.ok || done.current) return;
    done.current = true;
    void loadNextAuth()
      .then(({ signIn }) =>
        signIn("credentials", { identifier: state.data.login, password: password.current, redirect: false }),
      )
      .then(() => {
        router.replace("/dashboard");
        router.refresh();
      });
  }, [state, password, router]);
}
