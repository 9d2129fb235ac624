"use client";

import { useState } from "react";
import { loadNextAuth } from "./next-auth-client";

async function signOutOfDevice() {
  const [{ sendThenClearDeviceOutbox }, { signOut }] = await Promise.all([
    import("./send-device-outbox"),
    loadNextAuth(),
  ]);
  // While still signed in: what this device holds goes out, then nothing of it stays on the device.
  await sendThenClearDeviceOutbox().finally(() => signOut({ callbackUrl: "/" }));
}

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onPointerEnter={() => void loadNextAuth().catch(() => undefined)}
      onFocus={() => void loadNextAuth().catch(() => undefined)}
      onClick={() => {
        setPending(true);
        // The code could not be loaded (offline): the button is offered again.
        signOutOfDevice().catch(() => setPending(false));
      }}
      className="min-h-11 rounded-md px-3 text-stone-800 underline-offset-2 hover:underline"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
