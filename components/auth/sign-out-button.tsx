"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { sendThenClearDeviceOutbox } from "./send-device-outbox";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        // While still signed in: what this device holds goes out, then nothing of it stays on the device.
        void sendThenClearDeviceOutbox().finally(() => void signOut({ callbackUrl: "/" }));
      }}
      className="min-h-11 rounded-md px-3 text-stone-800 underline-offset-2 hover:underline"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
