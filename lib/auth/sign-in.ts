import { db } from "../db";
import { AppError } from "../errors";
import { verifyPassword } from "./password";
import { clearFailedSignIns, recordFailedSignIn, signInRetryAfter } from "./rate-limit";
import type { Viewer } from "./viewer-types";

export type SignedIn = Viewer & { sessionVersion: number };

function waitMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many wrong passwords for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * Checks a password. Every path verifies one argon2 hash, so a missing account, a disabled one and a
 * wrong password take the same time and return the same null.
 */
export async function authenticate(identifier: string, password: string): Promise<SignedIn | null> {
  const login = identifier.trim().toLowerCase();
  if (!login || !password || login.length > 254 || password.length > 200) return null;

  const retryAfter = await signInRetryAfter(login);
  if (retryAfter > 0) throw new AppError("rate_limited", waitMessage(retryAfter));

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
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabledAt) {
    await recordFailedSignIn(login);
    return null;
  }
  await clearFailedSignIns(login);
  return { id: user.id, role: user.role, displayName: user.displayName, sessionVersion: user.sessionVersion };
}
