"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

/**
 * The quiz renders this tab has shown, each named by its attempt and the server's time. Held by a provider at the
 * app's root (app/layout.tsx), created with it: it outlives a quiz page the student leaves and comes Back
 * to, which a quiz's own state does not, and it is no module-level state shared by whatever imports it.
 */
const ShownRenders = createContext<Set<string> | null>(null);

export function ShownRendersProvider({ children }: { children: ReactNode }) {
  const [shown] = useState(() => new Set<string>());
  return <ShownRenders.Provider value={shown}>{children}</ShownRenders.Provider>;
}

/** The tab's shown renders; null outside the provider, where a replay cannot be told from a first render. */
export const useShownRenders = () => useContext(ShownRenders);
