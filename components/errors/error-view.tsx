"use client";

import { useEffect, useRef } from "react";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/database-outage";
import { Button } from "../ui/button";

/**
 * In production a page's error reaches its boundary as a bare Error with a digest; lib/database-outage.ts gives
 * every outage the same one, so this is how the boundary tells an outage from a bug.
 */
export function isDatabaseOutageError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { digest?: unknown }).digest === DATABASE_UNAVAILABLE_DIGEST
  );
}

const TEXT = {
  outage: {
    heading: "Lectern cannot reach its database",
    body: "Your answers are kept on this device, and nothing already saved is lost. Try again in a moment.",
  },
  bug: {
    heading: "Something went wrong",
    body: "Lectern could not load this page just now. Your saved work is safe. Please try again in a moment.",
  },
};

/** The page an error boundary shows: a database outage says so (a retry is all it takes); anything else is a bug. */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const text = TEXT[isDatabaseOutageError(error) ? "outage" : "bug"];
  // The page changed under the reader without a navigation: its heading takes the focus, so it is read out.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-semibold">
        {text.heading}
      </h1>
      <p className="mt-4 text-stone-700">{text.body}</p>
      <Button className="mt-6" onClick={retry}>
        Try again
      </Button>
    </main>
  );
}
