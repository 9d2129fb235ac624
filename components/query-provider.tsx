"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

/**
 * react-query's client, given only to the pages that poll live data (the assignment report): a page without it,
 * such as the landing and sign-in pages, ships none of react-query's code (issue 19's page weight).
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  // Created in state so a re-render never discards the cache.
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: true } } }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
