import { world, type Principal } from "../world";
import { sessionCookie } from "./sessions";

const cookies = new Map<Principal, Promise<string>>();

/** The principal's session cookie (signed in once per worker); none for anonymous. */
export async function cookieOf(principal: Principal): Promise<string | undefined> {
  if (principal === "anonymous") return undefined;
  const { people, password } = world();
  let cookie = cookies.get(principal);
  if (!cookie) {
    cookie = sessionCookie(people[principal].login, password);
    cookies.set(principal, cookie);
  }
  return cookie;
}

/** After a call that ended the principal's sessions: the next call signs in again. */
export function forgetSession(principal: Principal): void {
  cookies.delete(principal);
}
