import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SessionUpkeep } from "@/components/auth/session-upkeep";
import { ShownRendersProvider } from "@/components/quiz/shown-renders";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lectern", template: "%s · Lectern" },
  description: "Turn an article into lessons and quizzes for your class.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so that Next.js puts this request's CSP nonce (proxy.ts) on its scripts:
  // a page prerendered at build time would carry none, and the browser would refuse its scripts.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Skip to content
        </a>
        <ShownRendersProvider>{children}</ShownRendersProvider>
        <SessionUpkeep />
      </body>
    </html>
  );
}
