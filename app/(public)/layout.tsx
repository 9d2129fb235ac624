import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader viewer={null} />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        {children}
      </main>
    </>
  );
}
