"use client";

import { useEffect, useRef } from "react";
import { SUCCESS_MESSAGE_CLASS } from "./form-message";

/**
 * A confirmation a page shows when a form sends the teacher to it with `?<param>=…` (Lesson assigned, Question
 * saved). It takes focus, so a screen reader reads it on arrival, and drops the parameter from the address, so a
 * reload or a later visit does not announce the same change again.
 */
export function ArrivalNotice({ param, children }: { param: string; children: React.ReactNode }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    notice.current?.focus();
    // After this commit's effects: the router writes the address it navigated to in an effect of its own, which
    // runs after this one (a parent's) and would put the parameter back after a client-side navigation.
    const later = setTimeout(() => {
      const url = new URL(window.location.href);
      url.searchParams.delete(param);
      window.history.replaceState(window.history.state, "", url);
    }, 0);
    return () => clearTimeout(later);
  }, [param]);
  return (
    <p ref={notice} tabIndex={-1} role="status" className={`mb-4 ${SUCCESS_MESSAGE_CLASS}`}>
      {children}
    </p>
  );
}
