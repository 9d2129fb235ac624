import Link from "next/link";
import type { ReactNode } from "react";

/** The site's header around its navigation, which site-header.tsx chooses by who is signed in. */
export function HeaderBar({ children }: { children: ReactNode }) {
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-semibold text-stone-900 no-underline">
          Lectern
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-4">
          {children}
        </nav>
      </div>
    </header>
  );
}

function AnonymousNav() {
  return (
    <>
      <Link href="/sign-in">Sign in</Link>
      <Link href="/join">Join a class</Link>
    </>
  );
}

/**
 * The header of the pages for people not signed in (sign-in, sign-up, join). Apart from SiteHeader so these pages
 * do not load the sign-out button's script, which a page loads for every client component it imports, shown or not.
 */
export function PublicHeader() {
  return (
    <HeaderBar>
      <AnonymousNav />
    </HeaderBar>
  );
}
