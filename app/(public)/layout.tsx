import type { ReactNode } from "react";
import { PublicHeader } from "@/components/header-bar";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        {children}
      </main>
    </>
  );
}
