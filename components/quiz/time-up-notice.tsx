"use client";

import { useEffect, useRef } from "react";

/**
 * "Time is up": shown by the page once the server has submitted the attempt. It takes focus when it appears, so
 * it scrolls into view (the student was far down the questions, or reading the passage on a phone) and a screen
 * reader reads it.
 */
export function TimeUpNotice({ message }: { message: string }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <p
      ref={notice}
      tabIndex={-1}
      role="status"
      className="mb-4 scroll-mt-20 rounded-lg border-2 border-amber-700 bg-amber-50 p-3 font-semibold"
    >
      {message}
    </p>
  );
}
