import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer-types";
import { SignOutButton } from "./auth/sign-out-button";

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
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-semibold text-stone-900 no-underline">
          Lectern
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-4">
          {viewer ? (
            <>
              {[...NAV[viewer.role], ...(admin ? [ADMIN_NAV] : [])].map((item) => (
                <Link key={item.href} href={item.href}>
                  {item.label}
                </Link>
              ))}
              <Link href="/account" aria-label={`Account: ${viewer.displayName}`}>
                {viewer.displayName}
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in">Sign in</Link>
              <Link href="/join">Join a class</Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
