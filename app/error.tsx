"use client";

import { Button } from "@/components/ui/button";

/** Shown instead of a crash page: usually the database is briefly unreachable, and a retry is enough. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-3xl font-semibold">Something went wrong</h1>
      <p className="mt-4 text-stone-700">
        Lectern could not load this page just now. Your saved work is safe. Please try again in a moment.
      </p>
      <Button className="mt-6" onClick={reset}>
        Try again
      </Button>
    </main>
  );
}
