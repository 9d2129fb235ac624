import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer-types";
import { SignOutButton } from "./auth/sign-out-button";
import { HeaderBar, PublicHeader } from "./header-bar";

const NAV: Record<Viewer["role"], { href: string; label: string }[]> = {
  teacher: [
    { href: "/teacher/classes", label: "Classes" },
    { href: "/teacher/lessons", label: "Lesson library" },
  ],
  student: [
    { href: "/student", label: "My assignments" },
    { href: "/student/progress", label: "My progress" },
  ],
};

/** Only a school administrator sees the way to the administration page (which refuses everyone else). */
const ADMIN_NAV = { href: "/teacher/admin", label: "Administration" };

export function SiteHeader({ viewer, admin = false }: { viewer: Viewer | null; admin?: boolean }) {
  if (!viewer) return <PublicHeader />;
  return (
    <HeaderBar>
      {[...NAV[viewer.role], ...(admin ? [ADMIN_NAV] : [])].map((item) => (
        <Link key={item.href} href={item.href}>
          {item.label}
        </Link>
      ))}
      <Link href="/account" aria-label={`Account: ${viewer.displayName}`}>
        {viewer.displayName}
      </Link>
      <SignOutButton />
    </HeaderBar>
  );
}
