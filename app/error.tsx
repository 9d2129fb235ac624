"use client";

import { ErrorView } from "@/components/errors/error-view";

/**
 * Shown instead of a crash page. Next.js answers such a page with status 500 (a page cannot choose 503); the text
 * says whether the database is unreachable. `retry` fetches the page again, where `reset` would only re-render
 * what failed.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
