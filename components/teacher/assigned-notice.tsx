"use client";

import { useEffect, useRef } from "react";
import { SUCCESS_MESSAGE_CLASS } from "../ui/form-message";

/**
 * The confirmation the assign page sends the teacher back with (`?assigned=N`). It takes focus, so a screen
 * reader reads it on arrival, and drops the parameter from the address, so a reload or a later visit does not
 * announce the same assignment again.
 */
export function AssignedNotice({ count }: { count: number }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    notice.current?.focus();
    const url = new URL(window.location.href);
    url.searchParams.delete("assigned");
    window.history.replaceState(window.history.state, "", url);
  }, []);
  return (
    <p ref={notice} tabIndex={-1} role="status" className={`mb-4 ${SUCCESS_MESSAGE_CLASS}`}>
      Lesson assigned{count > 1 ? ` to ${count} classes` : ""}. Students see it once it opens.
    </p>
  );
}
