import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { mustChooseOwnPassword } from "@/lib/accounts/first-password";
import { viewerIsAdmin } from "@/lib/admin/admin-rights";
import { viewerForPage } from "@/lib/auth/get-viewer";
import type { Role } from "@/lib/auth/viewer-types";
import { SiteHeader } from "./site-header";

/** The teacher and student areas' frame. It redirects only: every lib/ call below authorizes again. */
export async function AreaLayout({ role, children }: { role: Role; children: ReactNode }) {
  const viewer = await viewerForPage(role);
  // A login card's, reset code's or roster import's one-time password is replaced before anything else.
  if (await mustChooseOwnPassword(viewer)) redirect("/account/new-password");
  const admin = role === "teacher" && (await viewerIsAdmin(viewer));
  return (
    <>
      <SiteHeader viewer={viewer} admin={admin} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
