"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ShownRendersProvider } from "./quiz/shown-renders";

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser session; created in state so a re-render never discards the cache.
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: true } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <ShownRendersProvider>{children}</ShownRendersProvider>
    </QueryClientProvider>
  );
}
