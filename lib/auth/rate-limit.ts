import { consumeOrRefuse, postgresLimiter, storableKey } from "../rate-limit/postgres-limiter";

export const MAX_FAILED_SIGN_INS = 5;
export const FAILED_SIGN_IN_WINDOW_SECONDS = 15 * 60;

/**
 * Where a sign-in attempt is counted (OWASP's device cookies): a browser that proves, with a device cookie, that
 * it signed in to this account before has a budget of its own; every other client shares the account's budget.
 * An attacker can use up the shared budget but not the owner's device's, so the owner is never locked out.
 * Never keyed by IP address, so a class signing in from one school address cannot lock itself out.
 */
export type SignInBucket =
  { kind: "account"; login: string } | { kind: "device"; userId: string; nonce: string };

const getLimiter = postgresLimiter({
  keyPrefix: "signin",
  points: MAX_FAILED_SIGN_INS,
  durationSeconds: FAILED_SIGN_IN_WINDOW_SECONDS,
});

const bucketKey = (bucket: SignInBucket) =>
  bucket.kind === "account" ? storableKey(bucket.login) : `device:${bucket.userId}:${bucket.nonce}`;

const TOO_MANY = {
  account: "Too many wrong passwords for this account.",
  device: "Too many wrong passwords on this device.",
} as const;

/**
 * Counts this attempt before its password is checked, in one statement: of N attempts at once, at most the
 * budget's remaining points reach the password check, the rest are refused with the wait. A success clears it.
 */
export function consumeSignInAttempt(bucket: SignInBucket): Promise<void> {
  return consumeOrRefuse(getLimiter(), bucketKey(bucket), TOO_MANY[bucket.kind]);
}

export async function clearSignInAttempts(bucket: SignInBucket): Promise<void> {
  await getLimiter().delete(bucketKey(bucket));
}

/** Clears the shared budget of an account's untrusted clients (tests and scripts). */
export const clearFailedSignIns = (login: string) =>
  clearSignInAttempts({ kind: "account", login: login.trim().toLowerCase() });
