import { trySignIn } from "./http-session";

export type SignInLimitCheck = {
  wrong_passwords: number;
  servers_answering: string[];
  refused_after_limit: boolean;
  accepted_below_limit: boolean;
};

/**
 * The sign-in limit (`limit` wrong passwords per account) through a balancer: the limit's worth of wrong passwords for `spent` at once, spread over the
 * servers round-robin, then its right password must be refused; one fewer for `spared`, and its right password
 * must work. Were each server counting alone, each would have seen only part of the wrong passwords and let the
 * right one in.
 */
export async function checkSignInLimit(
  baseUrl: string,
  spent: string,
  spared: string,
  password: string,
  limit: number,
): Promise<SignInLimitCheck> {
  const wrong = (username: string, n: number) =>
    Promise.all(Array.from({ length: n }, () => trySignIn(baseUrl, username, "not-the-password")));
  const spentTries = await wrong(spent, limit);
  const sparedTries = await wrong(spared, limit - 1);
  const servers = new Set([...spentTries, ...sparedTries].map((t) => t.servedBy ?? "one server"));
  return {
    wrong_passwords: limit,
    servers_answering: [...servers].sort(),
    refused_after_limit: (await trySignIn(baseUrl, spent, password)).cookie === null,
    accepted_below_limit: (await trySignIn(baseUrl, spared, password)).cookie !== null,
  };
}
