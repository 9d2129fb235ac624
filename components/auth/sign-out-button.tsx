"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/" });
      }}
      className="min-h-11 rounded-md px-3 text-stone-800 underline-offset-2 hover:underline"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
