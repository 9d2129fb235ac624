import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { clientAddress } from "../http/client-address";
import type { JoinClient } from "./join-limit";

/** Names an anonymous browser session for the join-code limit; a session cookie, gone when the browser closes. */
const BROWSER_COOKIE = "lectern.browser";
const BROWSER_ID = /^[A-Za-z0-9_-]{22}$/;

/** The requesting client's address, for a server action or route handler. */
export async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}

/**
 * The address and browser session of an anonymous join request, giving the browser a session id if it has none.
 * A client that drops the cookie gets a new session each time, which is why the address is limited too.
 */
export async function anonymousJoinClient(): Promise<JoinClient> {
  const jar = await cookies();
  let id = jar.get(BROWSER_COOKIE)?.value;
  if (!id || !BROWSER_ID.test(id)) {
    id = randomBytes(16).toString("base64url");
    jar.set(BROWSER_COOKIE, id, { httpOnly: true, sameSite: "lax", path: "/" });
  }
  return { address: await requestAddress(), session: `browser:${id}` };
}
