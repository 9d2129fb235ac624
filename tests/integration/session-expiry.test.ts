import { NextRequest } from "next/server";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

// Set before any module reads them: lib/env reads the secret once, next-auth and the origin check the URL.
const jar = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "session-expiry-test-secret-0123456789abcdef";
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  return { cookie: "" };
});

// Server components, route handlers and next-auth's route read the request's cookies through next/headers;
// here they read the cookie the test sets.
vi.mock("next/headers", async () => {
  const { RequestCookies } = await import("next/dist/compiled/@edge-runtime/cookies");
  const headers = () => new Headers({ cookie: jar.cookie, host: "localhost:3000" });
  return {
    headers: async () => headers(),
    cookies: async () => new RequestCookies(headers()),
  };
});

const { encode, decode } = await import("next-auth/jwt");
const { db } = await import("../../lib/db");
const { endAllSessions } = await import("../../lib/auth/session");
const { getViewer, viewerForPage } = await import("../../lib/auth/get-viewer");
const { claimedViewerFrom } = await import("../../lib/auth/claimed-viewer");
const { IDLE_LIMIT_SECONDS, SESSION_MAX_AGE_SECONDS, nowSeconds } =
  await import("../../lib/auth/session-claims");
const { startAttempt } = await import("../../lib/attempts/mutations");
const { sealChoiceId } = await import("../../lib/attempts/opaque-ids");
const { default: NextAuth } = await import("next-auth");
const { authOptions } = await import("../../lib/auth/options");
const answersRoute = await import("../../app/api/attempts/[attemptId]/answers/route");
const progressRoute = await import("../../app/api/assignments/[assignmentId]/progress/route");
const { classroom, createStudent, createTeacher } = await import("../support/factories");

const SECRET = process.env.NEXTAUTH_SECRET!;
const COOKIE = "next-auth.session-token";
type Person = { id: string; role: "teacher" | "student"; displayName: string };

/** A session cookie as next-auth issues it, last used `idleSeconds` ago. */
async function sessionCookie(person: Person, idleSeconds: number, sv = 0): Promise<string> {
  const token = {
    name: person.displayName,
    uid: person.id,
    sv,
    role: person.role,
    seen: nowSeconds() - idleSeconds,
  };
  return `${COOKIE}=${await encode({ token, secret: SECRET, maxAge: SESSION_MAX_AGE_SECONDS })}`;
}

/**
 * A session cookie as the release before the snake_case enums issued it: the same claims, the role spelled as the
 * database enum was then, upper-case. Such cookies live for up to 7 days after the upgrade.
 */
async function cookieIssuedBefore(person: Person, idleSeconds: number): Promise<string> {
  const token = {
    name: person.displayName,
    uid: person.id,
    sv: 0,
    role: person.role.toUpperCase(),
    seen: nowSeconds() - idleSeconds,
  } as JWT;
  return `${COOKIE}=${await encode({ token, secret: SECRET, maxAge: SESSION_MAX_AGE_SECONDS })}`;
}

/** Who the request is, by each path that resolves a viewer: pages and endpoints, and the hot claimed path. */
async function resolved(cookie: string) {
  jar.cookie = cookie;
  const request = new NextRequest("http://localhost:3000/api/x", { headers: { cookie } });
  return { viewer: await getViewer(), claim: await claimedViewerFrom(request) };
}

const STUDENT_LIMIT = IDLE_LIMIT_SECONDS.student;
const TEACHER_LIMIT = IDLE_LIMIT_SECONDS.teacher;

describe("idle limits, wherever a token becomes a viewer", () => {
  it("a student's session holds until 12 hours without use, then is no session on every path", async () => {
    const student = await createStudent();
    const live = await resolved(await sessionCookie(student, STUDENT_LIMIT - 60));
    expect(live.viewer).toEqual(student);
    expect(live.claim).toMatchObject({ id: student.id, role: "student", sessionVersion: 0 });

    expect(await resolved(await sessionCookie(student, STUDENT_LIMIT + 60))).toEqual({
      viewer: null,
      claim: null,
    });
  });

  it("a teacher's session holds until 7 days without use (a day off ends a student's, not a teacher's)", async () => {
    const teacher = await createTeacher();
    expect((await resolved(await sessionCookie(teacher, 24 * 3600))).viewer).toEqual(teacher);
    expect((await resolved(await sessionCookie(teacher, TEACHER_LIMIT - 60))).viewer).toEqual(teacher);
    expect(await resolved(await sessionCookie(teacher, TEACHER_LIMIT + 60))).toEqual({
      viewer: null,
      claim: null,
    });
  });

  it("a token issued before the enums' renaming (role upper-case) is the same person on every path, to its limit", async () => {
    const student = await createStudent();
    const teacher = await createTeacher();
    const live = await resolved(await cookieIssuedBefore(student, 60));
    expect(live.viewer).toEqual(student);
    expect(live.claim).toMatchObject({ id: student.id, role: "student", sessionVersion: 0 });
    expect(await viewerForPage("student")).toEqual(student);
    jar.cookie = await cookieIssuedBefore(teacher, 24 * 3600);
    expect(await viewerForPage("teacher")).toEqual(teacher);
    await expect(viewerForPage("student")).rejects.toMatchObject({
      digest: expect.stringContaining("/teacher"),
    });

    expect(await resolved(await cookieIssuedBefore(student, STUDENT_LIMIT + 60))).toEqual({
      viewer: null,
      claim: null,
    });
    jar.cookie = await cookieIssuedBefore(student, STUDENT_LIMIT + 60);
    await expect(viewerForPage("student")).rejects.toMatchObject({
      digest: expect.stringContaining("/sign-in"),
    });
  });

  it("pages send an idle or revoked session to sign-in", async () => {
    const student = await createStudent();
    jar.cookie = await sessionCookie(student, STUDENT_LIMIT + 60);
    await expect(viewerForPage("student")).rejects.toMatchObject({
      digest: expect.stringContaining("/sign-in"),
    });
    jar.cookie = await sessionCookie(student, 60);
    await endAllSessions(student.id);
    await expect(viewerForPage("student")).rejects.toMatchObject({
      digest: expect.stringContaining("/sign-in"),
    });
  });
});

describe("endpoints answer an idle or revoked session 401, like no session", () => {
  async function world() {
    const { teacher, students, assignment } = await classroom(1);
    const student = students[0]!;
    const { id: attemptId } = await startAttempt(student, assignment.id);
    const q = await db.assignmentQuestion.findFirstOrThrow({
      where: { assignmentId: assignment.id, question: { type: "single_choice" } },
      select: { question: { select: { id: true, choices: { select: { id: true }, take: 1 } } } },
    });
    let version = 0;
    const save = async (cookie: string) => {
      const body = {
        questionId: q.question.id,
        answer: { type: "single_choice", choiceId: sealChoiceId(attemptId, q.question.choices[0]!.id) },
        version: ++version,
      };
      const request = new NextRequest(`http://localhost:3000/api/attempts/${attemptId}/answers`, {
        method: "PUT",
        headers: { cookie, "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify(body),
      });
      jar.cookie = cookie;
      return (await answersRoute.PUT(request, { params: Promise.resolve({ attemptId }) })).status;
    };
    const progress = async (cookie: string) => {
      jar.cookie = cookie;
      const request = new NextRequest(`http://localhost:3000/api/assignments/${assignment.id}/progress`, {
        headers: { cookie },
      });
      return (await progressRoute.GET(request, { params: Promise.resolve({ assignmentId: assignment.id }) }))
        .status;
    };
    return { teacher, student, save, progress };
  }

  it("autosave (the claimed path) and live progress (the checked path)", async () => {
    const { teacher, student, save, progress } = await world();
    expect(await save(await sessionCookie(student, 60))).toBe(200);
    expect(await progress(await sessionCookie(teacher, 60))).toBe(200);

    // Cookies issued before the enums' renaming (the role upper-case) save and read the same.
    expect(await save(await cookieIssuedBefore(student, 60))).toBe(200);
    expect(await progress(await cookieIssuedBefore(teacher, 60))).toBe(200);

    expect(await save(await sessionCookie(student, STUDENT_LIMIT + 60))).toBe(401);
    expect(await progress(await sessionCookie(teacher, TEACHER_LIMIT + 60))).toBe(401);

    const [studentCookie, teacherCookie] = [
      await sessionCookie(student, 60),
      await sessionCookie(teacher, 60),
    ];
    await endAllSessions(student.id);
    await db.user.update({ where: { id: teacher.id }, data: { disabledAt: new Date() } });
    expect(await save(studentCookie)).toBe(401);
    expect(await progress(teacherCookie)).toBe(401);
  });
});

describe("/api/auth/session", () => {
  /**
   * The session endpoint with the app's own options. The app's route is `NextAuth(authOptions)`; its App Router
   * adapter reads the request through next/headers with require(), which a test cannot stand in for, so this calls
   * next-auth's other adapter (the API-route one), which runs the same core with the same options.
   */
  async function askSession(cookie: string) {
    const value = cookie.startsWith(`${COOKIE}=`) ? cookie.slice(COOKIE.length + 1) : undefined;
    const req = {
      method: "GET",
      query: { nextauth: ["session"] },
      cookies: value ? { [COOKIE]: value } : {},
      headers: { host: "localhost:3000", cookie },
    };
    const headers = new Map<string, unknown>();
    const sent: { status: number; body?: unknown } = { status: 200 };
    const res = {
      status: (code: number) => ((sent.status = code), res),
      getHeader: (name: string) => headers.get(name.toLowerCase()),
      setHeader: (name: string, v: unknown) => headers.set(name.toLowerCase(), v),
      send: (body: unknown) => void (sent.body = body),
      json: (body: unknown) => void (sent.body = body),
      end: () => undefined,
    };
    type ApiArgs = Parameters<typeof NextAuth>;
    await NextAuth(req as unknown as ApiArgs[0], res as unknown as ApiArgs[1], authOptions);
    const all = (headers.get("set-cookie") ?? []) as string[];
    return { ...sent, setCookies: all.filter((c) => c.startsWith(`${COOKIE}=`)) };
  }

  const NO_SESSION = { status: 200, body: {} };
  const cleared = (setCookies: string[]) =>
    setCookies.length > 0 && setCookies.every((c) => c.startsWith(`${COOKIE}=;`) && /Max-Age=0/i.test(c));

  it("re-issues a live session's cookie with its last-seen time renewed", async () => {
    const student = await createStudent();
    const { status, body, setCookies } = await askSession(await sessionCookie(student, 3600));
    expect(status).toBe(200);
    expect(body).toMatchObject({ viewer: student });
    expect(setCookies).toHaveLength(1);
    const renewed = await decode({
      token: setCookies[0]!.split(";")[0]!.slice(COOKIE.length + 1),
      secret: SECRET,
    });
    expect(renewed).toMatchObject({ uid: student.id, sv: 0, role: "student" });
    expect(nowSeconds() - (renewed!.seen as number)).toBeLessThan(5);
  });

  it("re-issues a cookie issued before the enums' renaming with the role spelled as today", async () => {
    const teacher = await createTeacher();
    const { status, body, setCookies } = await askSession(await cookieIssuedBefore(teacher, 3600));
    expect(status).toBe(200);
    expect(body).toMatchObject({ viewer: teacher });
    const renewed = await decode({
      token: setCookies[0]!.split(";")[0]!.slice(COOKIE.length + 1),
      secret: SECRET,
    });
    expect(renewed).toMatchObject({ uid: teacher.id, sv: 0, role: "teacher" });
  });

  it("answers a revoked, disabled or idle session as it answers no cookie, and clears the cookie", async () => {
    expect(await askSession("")).toEqual({ ...NO_SESSION, setCookies: [] });

    const revoked = await createStudent();
    const revokedCookie = await sessionCookie(revoked, 60);
    await endAllSessions(revoked.id);

    const disabled = await createTeacher();
    const disabledCookie = await sessionCookie(disabled, 60);
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });

    const idle = await createStudent();
    const idleCookie = await sessionCookie(idle, STUDENT_LIMIT + 60);

    for (const cookie of [revokedCookie, disabledCookie, idleCookie]) {
      const { setCookies, ...answer } = await askSession(cookie);
      expect(answer).toEqual(NO_SESSION);
      expect(cleared(setCookies), `no fresh cookie: ${setCookies.join(" | ")}`).toBe(true);
    }
  });
});
