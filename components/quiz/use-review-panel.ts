"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Whether the review panel is open, and the button that opens it: closing the panel unmounts the button that had
 * focus, so focus goes back to the opener.
 */
export function useReviewPanel() {
  const [reviewing, setReviewing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (reviewing || !returning.current) return;
    returning.current = false;
    opener.current?.focus();
  }, [reviewing]);
  const open = useCallback(() => setReviewing(true), []);
  const close = useCallback(() => {
    returning.current = true;
    setReviewing(false);
  }, []);
  return { reviewing, opener, open, close };
}
