import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { viewerForPage } from "@/lib/auth/get-viewer";

// Redirects only; every lib/ call below authorizes again where the data is read.
export default async function TeacherLayout({ children }: { children: ReactNode }) {
  const viewer = await viewerForPage("TEACHER");
  return (
    <>
      <SiteHeader viewer={viewer} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
