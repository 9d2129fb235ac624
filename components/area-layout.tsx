import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { areaAccount } from "@/lib/accounts/area-account";
import { viewerForPage } from "@/lib/auth/get-viewer";
import type { Role } from "@/lib/auth/viewer-types";
import { SiteHeader } from "./site-header";

/** The teacher and student areas' frame. It redirects only: every lib/ call below authorizes again. */
export async function AreaLayout({ role, children }: { role: Role; children: ReactNode }) {
  const viewer = await viewerForPage(role);
  const account = await areaAccount(viewer);
  // A login card's, reset code's or roster import's one-time password is replaced before anything else.
  if (account.mustChooseOwnPassword) redirect("/account/new-password");
  const admin = role === "teacher" && account.admin;
  return (
    <>
      <SiteHeader viewer={viewer} admin={admin} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
