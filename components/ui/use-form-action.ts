"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionState } from "@/lib/forms/action-state";

type ServerAction<T> = (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * Runs a server action from a form without React's automatic form reset, so a rejected form keeps what
 * the person typed; moves focus to the first invalid field so the error is announced where it is fixed.
 */
export function useFormAction<T>(action: ServerAction<T>, { resetOnSuccess = false } = {}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const form = formRef.current;
    if (!form || !state) return;
    if (state.ok) {
      if (resetOnSuccess) form.reset();
      return;
    }
    form.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return { state, pending, formRef, onSubmit };
}
