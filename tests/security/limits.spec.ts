import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { actionIds, callAction, formData } from "./support/server-actions";
import { sessionCookie, signIn } from "./support/sessions";
import { world } from "./world";

/**
 * The limits over HTTP, with requests sent at once: a sign-in limit that holds under 50 parallel guesses without
 * locking the owner out, and join-code limits per student or browser session and per address. (The integration
 * tests count the password checks themselves; here only what a client sees is counted.)
 */
const SIGN_IN_LIMIT = 5;
const JOIN_LIMIT_PER_SESSION = 10;
const JOIN_LIMIT_PER_ADDRESS = 60;
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A code in the class-code format; wrong unless it happens to be some class's (1 in ~900 million per class). */
const wrongCode = () =>
  Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
/** An address of the documentation range no other test uses, so these limits are this test's alone. */
const testAddress = () => `203.0.113.${randomInt(1, 255)}`;

test("50 wrong passwords at once: at most 5 are checked, and the owner's own browser still signs in", async () => {
  const { spare, password } = world();
  const login = spare.signInVictim.login;
  // The owner signed in on this browser before: it holds a device cookie.
  const owner = await signIn(login, password);
  expect(owner.error).toBeNull();
  // Each guess from a browser without the cookie (signIn's default), as an attacker's would be.
  const guesses = await Promise.all(
    Array.from({ length: 50 }, () => signIn(login, `guess ${randomInt(1e9)}`)),
  );
  const errors = guesses.map((g) => g.error);
  const checked = errors.filter((e) => e === "CredentialsSignin").length;
  const limited = errors.filter((e) => e?.startsWith("Too many wrong passwords")).length;
  expect(checked, `answers: ${JSON.stringify([...new Set(errors)])}`).toBeLessThanOrEqual(SIGN_IN_LIMIT);
  expect(checked, "wrong passwords told so before the limit").toBeGreaterThan(0);
  expect(checked + limited).toBe(50);
  // The right password from a browser without the cookie waits too; from the owner's browser it signs in.
  expect((await signIn(login, password)).error).toMatch(/^Too many wrong passwords/);
  expect((await signIn(login, password, owner.jar)).error).toBeNull();
});

async function joinReplies(calls: Promise<{ reply: { kind: string; value?: unknown } }>[]) {
  return (await Promise.all(calls)).map((r) =>
    r.reply.kind === "value" ? ((r.reply.value as { message?: string }).message ?? "ok") : r.reply.kind,
  );
}

test("40 wrong class codes at once from one student: 10 looked up, then the right code waits too", async () => {
  const { spare, password, joinClass } = world();
  const id = actionIds(process.env.SECURITY_NEXT_DIR).get("lib/classes/actions.ts#joinClassAction")!;
  const cookie = await sessionCookie(spare.joinGuesser.login, password);
  // Each from its own address: only the student's own budget is tested.
  const join = (joinCode: string) =>
    callAction({
      id,
      page: "/student",
      args: [null, formData({ joinCode })],
      cookie,
      headers: { "x-forwarded-for": testAddress() },
    });
  const replies = await joinReplies(Array.from({ length: 40 }, () => join(wrongCode())));
  const wrong = replies.filter((m) => m.startsWith("No open class")).length;
  const limited = replies.filter((m) => m.startsWith("Too many wrong class codes")).length;
  expect(wrong, JSON.stringify([...new Set(replies)])).toBeLessThanOrEqual(JOIN_LIMIT_PER_SESSION);
  expect(wrong + limited).toBe(40);
  expect((await joinReplies([join(joinClass.joinCode)]))[0]).toMatch(/^Too many wrong class codes/);
});

test("70 wrong class codes at once from one address, each from a new browser: 60 looked up", async () => {
  const { joinClass } = world();
  const id = actionIds(process.env.SECURITY_NEXT_DIR).get("lib/accounts/actions.ts#joinAsNewStudentAction")!;
  const address = testAddress();
  const join = (joinCode: string) =>
    callAction({
      id,
      page: "/join",
      args: [
        null,
        formData({
          joinCode,
          displayName: "Guesser",
          username: `sec-g-${randomInt(1e9)}`,
          password: "long enough pw",
        }),
      ],
      headers: { "x-forwarded-for": address },
    });
  const replies = await joinReplies(Array.from({ length: 70 }, () => join(wrongCode())));
  const wrong = replies.filter((m) => m.startsWith("No open class")).length;
  const limited = replies.filter((m) => m.startsWith("Too many wrong class codes")).length;
  expect(wrong, JSON.stringify([...new Set(replies)])).toBeLessThanOrEqual(JOIN_LIMIT_PER_ADDRESS);
  expect(wrong + limited).toBe(70);
  expect((await joinReplies([join(joinClass.joinCode)]))[0]).toMatch(/^Too many wrong class codes/);
});
