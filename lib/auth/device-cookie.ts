import "server-only";
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env";

/**
 * OWASP's device cookie: after a successful sign-in the browser keeps a signed token naming the account, and a
 * later attempt that presents it is counted against that device's own budget instead of the account's shared one
 * (lib/auth/rate-limit.ts). One cookie holds the tokens of the last few accounts signed in on the browser, because
 * classroom computers are shared. Tokens are stateless: a MAC with a key derived from NEXTAUTH_SECRET.
 */
export const DEVICE_COOKIE = "lectern.device";
const MAX_ACCOUNTS = 20;
const LIFETIME_SECONDS = 365 * 24 * 60 * 60;
export const DEVICE_COOKIE_MAX_AGE_SECONDS = LIFETIME_SECONDS;

// Without NEXTAUTH_SECRET (tests, scripts), a per-process key, as for choice ids (lib/attempts/opaque-ids.ts):
// production always sets the secret, which every instance shares, so a token issued by one server holds on another.
const root = env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64");
const macKey = Buffer.from(hkdfSync("sha256", root, "lectern", "device-cookie mac", 32));

const mac = (userId: string, issued: string, nonce: string) =>
  createHmac("sha256", macKey).update(`${userId}\0${issued}\0${nonce}`).digest();

/** The nonce names the device's own budget; a fresh one on every sign-in. */
export type TrustedDevice = { userId: string; nonce: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function openToken(token: string, nowSeconds: number): TrustedDevice | null {
  const [userId, issued, nonce, sig, ...rest] = token.split(".");
  if (rest.length || !userId || !issued || !nonce || !sig) return null;
  if (!ID.test(userId) || !ID.test(nonce) || !/^[0-9a-z]{1,10}$/.test(issued)) return null;
  const age = nowSeconds - parseInt(issued, 36);
  if (age < -300 || age > LIFETIME_SECONDS) return null;
  // Compared as text: base64url's last character carries two unused bits, so decoding would accept four spellings
  // of one signature, and a token must have exactly one.
  const expected = Buffer.from(mac(userId, issued, nonce).toString("base64url"));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, nonce };
}

/** The cookie's valid tokens, each with the device it proves. */
function openAll(cookie: string | undefined, nowSeconds: number): { token: string; device: TrustedDevice }[] {
  if (!cookie) return [];
  // A limit on split: a huge forged cookie costs no more than a full one.
  return cookie.split("~", MAX_ACCOUNTS).flatMap((token) => {
    const device = openToken(token, nowSeconds);
    return device ? [{ token, device }] : [];
  });
}

const seconds = (ms: number) => Math.floor(ms / 1000);

/** The device this cookie proves for this account, or null (no cookie, forged, expired, another account's). */
export function trustedDevice(
  cookie: string | undefined,
  userId: string,
  now = Date.now(),
): TrustedDevice | null {
  return openAll(cookie, seconds(now)).find(({ device }) => device.userId === userId)?.device ?? null;
}

function issue(userId: string, nowSeconds: number): string {
  const issued = nowSeconds.toString(36);
  const nonce = randomBytes(16).toString("base64url");
  return [userId, issued, nonce, mac(userId, issued, nonce).toString("base64url")].join(".");
}

/** The cookie's next value after `userId` signed in: a fresh token for it first, other accounts' valid ones after. */
export function rememberDevice(cookie: string | undefined, userId: string, now = Date.now()): string {
  const others = openAll(cookie, seconds(now)).filter(({ device }) => device.userId !== userId);
  return [issue(userId, seconds(now)), ...others.map(({ token }) => token)].slice(0, MAX_ACCOUNTS).join("~");
}
