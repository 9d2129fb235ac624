import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { entryKey, MANIFEST } from "./manifest";
import { checkCell } from "./support/cell";
import { APP_ORIGIN, send } from "./support/http";
import { forgetSession } from "./support/principals";
import { actionIds, callAction, formData } from "./support/server-actions";
import { SESSION_COOKIE, sessionCookie, sessionViewer, signOut } from "./support/sessions";
import { query } from "./support/db-state";
import { world, type Person, type SignedIn } from "./world";

/**
 * A session ended by signing out or changing the password is over everywhere: its cookie, replayed on every page,
 * handler and action of the manifest, gets what an anonymous caller gets (sign-in from pages, 401 from APIs, a
 * refusal from actions), writes nothing, and /api/auth/session neither recognizes it nor hands out a fresh
 * cookie. So is a session left unused past its role's idle limit.
 */

/** A second session of the principal, ended by signing out with it (which ends every session of the account). */
async function signedOutCookie(principal: SignedIn): Promise<string> {
  const { people, password } = world();
  const cookie = await sessionCookie(people[principal].login, password);
  expect(await sessionViewer(cookie)).not.toBeNull();
  await signOut(cookie);
  // The matrix's session of this principal ended too: the next test signs in again.
  forgetSession(principal);
  return cookie;
}

async function replay(principal: SignedIn) {
  const cookie = await signedOutCookie(principal);
  for (const entry of MANIFEST) {
    for (const example of entry.examples) {
      const expected = example.policy.anonymous;
      const label = `${principal}'s ended session`;
      await test.step(`${entryKey(entry)}${example.note ? ` (${example.note})` : ""} → ${expected}`, () =>
        checkCell(entry, example, principal, expected, { cookie, label }));
    }
  }
}

for (const principal of ["ownerTeacher", "enrolledStudent"] as const) {
  test(`${principal}'s signed-out cookie replayed on every entry gets what anonymous callers get`, async () => {
    test.setTimeout(120_000);
    await replay(principal);
  });
}

test("a cookie from before a password change is refused too", async () => {
  const { people, password } = world();
  const cookie = await sessionCookie(people.classmate.login, password);
  const id = actionIds(process.env.SECURITY_NEXT_DIR).get("lib/accounts/actions.ts#changePasswordAction")!;
  const fields = { currentPassword: password, newPassword: password, confirmPassword: password };
  const changed = await callAction({ id, page: "/account", args: [null, formData(fields)], cookie });
  expect(changed.reply).toMatchObject({ kind: "value", value: { ok: true } });
  forgetSession("classmate");
  expect(await sessionViewer(cookie)).toBeNull();
  const page = await send({ path: "/student", cookie });
  expect(page.location).toBe("/sign-in");
  const save = await send({
    method: "PUT",
    path: `/api/attempts/${world().assignment.openAttempt}/answers`,
    cookie,
    headers: { "content-type": "application/json", origin: APP_ORIGIN },
    body: JSON.stringify({
      questionId: world().assignment.shortAnswerQuestionId,
      answer: { type: "short_answer", text: "x" },
      version: 1,
    }),
  });
  expect(save.status).toBe(401);
});

test("/api/auth/session answers an ended session with no session and no fresh cookie", async () => {
  const cookie = await signedOutCookie("otherTeacher");
  const response = await send({ path: "/api/auth/session", cookie });
  expect(response.status).toBe(200);
  expect(JSON.parse(response.body || "{}")).not.toHaveProperty("viewer.id");
  const renewed = response.setCookies.filter(
    (c) => c.startsWith(`${SESSION_COOKIE}=`) && !/max-age=0/i.test(c),
  );
  expect(renewed, "a fresh session cookie").toEqual([]);
});

/** A session token as next-auth issues it, last used `idleSeconds` ago (forged with the run's secret). */
async function idleToken(person: Person, role: "teacher" | "student", idleSeconds: number): Promise<string> {
  const [user] = await query<{ sessionVersion: number }>(
    `SELECT "sessionVersion" FROM "User" WHERE id = $1`,
    [person.id],
  );
  const seen = Math.floor(Date.now() / 1000) - idleSeconds;
  const token = await encode({
    token: { uid: person.id, sv: user!.sessionVersion, role, seen },
    secret: process.env.NEXTAUTH_SECRET!,
  });
  return `${SESSION_COOKIE}=${token}`;
}

test("sessions end after 12 hours without use for students and 7 days for teachers", async () => {
  const { people } = world();
  const HOUR = 3600;
  const cases = [
    { person: people.outsiderStudent, role: "student", home: "/student", limit: 12 * HOUR },
    { person: people.otherTeacher, role: "teacher", home: "/teacher/classes", limit: 7 * 24 * HOUR },
  ] as const;
  for (const { person, role, home, limit } of cases) {
    const fresh = await idleToken(person, role, limit - 10 * 60);
    expect((await send({ path: home, cookie: fresh })).status, `${role} idle just under the limit`).toBe(200);
    const idle = await idleToken(person, role, limit + 60);
    expect((await send({ path: home, cookie: idle })).location, `${role} idle past the limit`).toBe(
      "/sign-in",
    );
    const session = await send({ path: "/api/auth/session", cookie: idle });
    expect(JSON.parse(session.body || "{}")).not.toHaveProperty("viewer.id");
    const renewed = session.setCookies.filter(
      (c) => c.startsWith(`${SESSION_COOKIE}=`) && !/max-age=0/i.test(c),
    );
    expect(renewed, `${role}: a fresh cookie for an idle session`).toEqual([]);
  }
});
