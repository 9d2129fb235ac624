import "server-only";
import { db } from "../db";
import { trustedDevice } from "./device-cookie";
import { verifyPassword } from "./password";
import { signInWithResetCode } from "./reset-code-sign-in";
import { clearSignInAttempts, consumeSignInAttempt, type SignInBucket } from "./rate-limit";
import type { Viewer } from "./viewer-types";

export type SignedIn = Viewer & { sessionVersion: number };

/**
 * Checks a password. Every path verifies one argon2 hash, so a missing account, a disabled one and a
 * wrong password take the same time and return the same null. The attempt is counted before the hash is
 * verified (rate-limit.ts), against the device's own budget when `deviceCookie` proves this browser signed in
 * to the account before, else against the account's budget shared by every other client.
 */
export async function authenticate(
  identifier: string,
  password: string,
  deviceCookie?: string,
): Promise<SignedIn | null> {
  const login = identifier.trim().toLowerCase();
  if (!login || !password || login.length > 254 || password.length > 200) return null;

  const user = await db.user.findFirst({
    where: login.includes("@") ? { email: login } : { username: login },
    select: {
      id: true,
      role: true,
      displayName: true,
      passwordHash: true,
      sessionVersion: true,
      disabledAt: true,
    },
  });
  const device = user && trustedDevice(deviceCookie, user.id);
  const bucket: SignInBucket = device ? { kind: "device", ...device } : { kind: "account", login };
  await consumeSignInAttempt(bucket);

  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  // A student's teacher may have given them a reset code to type instead of the password they forgot.
  const resetVersion =
    !ok && user?.role === "student" && !user.disabledAt ? await signInWithResetCode(user.id, password) : null;
  // A failure keeps the point it consumed: that is the count.
  if (!user || !(ok || resetVersion !== null) || user.disabledAt) return null;
  await clearSignInAttempts(bucket);
  // The roster export shows when each student last signed in.
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
  return {
    id: user.id,
    role: user.role,
    displayName: user.displayName,
    sessionVersion: resetVersion ?? user.sessionVersion,
  };
}
