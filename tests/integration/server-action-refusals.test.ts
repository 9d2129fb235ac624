import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import type { Viewer } from "../../lib/auth/viewer-types";
import { databaseFingerprint } from "../support/db-state";
import { createTeacher } from "../support/factories";
import { twoClassrooms } from "../support/scenario";
import { actionOutcome, serverActionFiles, serverActions } from "../support/server-actions";

// Actions run here outside a request: the viewer is the principal under test, revalidation is a no-op, and
// the join-code limit's cookie and address come from a fake request.
const principal = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("../../lib/auth/get-viewer", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../lib/auth/get-viewer")>()),
  getViewer: async () => principal.current,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => {
  const jar = new Map<string, { name: string; value: string }>();
  return {
    cookies: async () => ({
      get: (name: string) => jar.get(name),
      set: (name: string, value: string) => void jar.set(name, { name, value }),
      delete: (name: string) => void jar.delete(name),
    }),
    headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }),
  };
});

const actions = await serverActions();

// Every field name the actions read, each set to junk: NUL is refused by every text, id and number schema,
// so even a teacher's own action cannot succeed with it.
const FIELDS = [
  "lessonId", "classIds", "assignmentId", "reopen", "studentId", "timeFactor", "extraAttempts", "responseId",
  "points", "comment", "questionId", "answer", "decision", "choice", "articleId", "id", "accepted", "name",
  "joinCode", "displayName", "username", "password", "currentPassword", "newPassword", "confirmPassword", "email",
  "dueAt", "openAt", "attemptsAllowed", "timeLimitMinutes", "intent", "teacherId", "text", "sections", "url",
]; // prettier-ignore

function form(values: (field: string) => string) {
  const data = new FormData();
  for (const field of FIELDS) data.set(field, values(field));
  return data;
}

/** The argument lists a caller can send: a form with state, a plain form, and plain values. */
const argumentLists = (data: FormData): unknown[][] => [[null, data], [data], ["junk", "junk", {}]];

type World = Awaited<ReturnType<typeof twoClassrooms>>;
let world: World;
let realIds: FormData;

beforeAll(async () => {
  world = await twoClassrooms(1);
  const question = await db.question.findFirstOrThrow({ where: { lessonId: world.lesson.id } });
  const lesson = await db.lesson.findUniqueOrThrow({ where: { id: world.lesson.id } });
  // Real ids of things the principals may not touch (the other class's, a shared lesson's), with junk beside.
  const ids: Record<string, string> = {
    lessonId: world.lesson.id,
    classIds: world.otherClass.id,
    assignmentId: world.otherAssignment.id,
    studentId: world.outsider.id,
    questionId: question.id,
    id: question.id,
    articleId: lesson.articleId,
    teacherId: world.otherTeacher.id,
  };
  realIds = form((f) => ids[f] ?? "0x10");
});

const junkForms = () => [new FormData(), form(() => "x\u0000"), form(() => "0x10"), realIds];

/** Calls every action with every junk argument list; returns each outcome and any call that wrote or threw. */
async function callEverything(viewer: Viewer | null, forms: FormData[]) {
  principal.current = viewer;
  const outcomes = new Map<string, Set<string>>();
  const failures: string[] = [];
  for (const { name, file, fn } of actions) {
    const label = `${name} (${file})`;
    const seen = outcomes.set(label, new Set()).get(label)!;
    const before = await databaseFingerprint();
    for (const data of forms) {
      for (const args of argumentLists(data)) {
        try {
          seen.add(await actionOutcome(() => fn(...args)));
        } catch (error) {
          failures.push(`${label} threw ${String(error)}`);
        }
      }
    }
    if (JSON.stringify(await databaseFingerprint()) !== JSON.stringify(before))
      failures.push(`${label} wrote`);
  }
  return { outcomes, failures };
}

/** The outcomes in `seen` that are not among `allowed`: [] when the action answered as it should. */
const unexpected = (seen: Set<string>, allowed: string[]) => [...seen].filter((o) => !allowed.includes(o));
const nameOf = (label: string) => label.split(" ")[0]!;
const outcomeOf = (outcomes: Map<string, Set<string>>, name: string) =>
  [...outcomes].find(([label]) => nameOf(label) === name)![1];

/** The actions the probe saw answer 500. */
const PROBED = ["duplicateLessonAction"];
/** Actions for people without an account: junk is all they can refuse. */
const FOR_ANONYMOUS = new Set(["signUpTeacherAction", "joinAsNewStudentAction"]);
/** Actions for anyone signed in, whatever their role. */
const FOR_EVERYONE_SIGNED_IN = new Set([
  "changePasswordAction",
  "chooseOwnPasswordAction",
  "saveReadingPreferencesAction",
]);
/** Students' own actions: with another class's ids they answer not found, as pages do. */
const FOR_STUDENTS = new Set(["joinClassAction", "startAttemptAction"]);

describe("every exported server action", () => {
  it("is found: each file mentioning 'use server' is a module of actions, including the probe's", () => {
    expect(serverActionFiles().inline).toEqual([]);
    const names = actions.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([...PROBED, ...FOR_ANONYMOUS, ...FOR_EVERYONE_SIGNED_IN, ...FOR_STUDENTS]),
    );
    expect(names.length).toBeGreaterThanOrEqual(24);
  });

  it("answers an anonymous caller with sign-in or a refusal in the form, never an error, writing nothing", async () => {
    const { outcomes, failures } = await callEverything(null, junkForms());
    expect(failures).toEqual([]);
    for (const [label, seen] of outcomes) {
      const expected = FOR_ANONYMOUS.has(nameOf(label))
        ? ["state:invalid"]
        : ["redirect:/sign-in", "state:unauthorized"];
      expect(unexpected(seen, expected), label).toEqual([]);
    }
    for (const name of PROBED) expect([...outcomeOf(outcomes, name)], name).toEqual(["redirect:/sign-in"]);
  });

  it("answers a student calling any action with their own area or a refusal, never an error, writing nothing", async () => {
    const { outcomes, failures } = await callEverything(world.students[0]!, junkForms());
    expect(failures).toEqual([]);
    const refusals = [
      "redirect:/student",
      "state:forbidden",
      "state:invalid",
      "state:not_found",
      "state:rate_limited",
    ];
    for (const [label, seen] of outcomes) {
      expect(unexpected(seen, refusals), label).toEqual([]);
      // A teacher's action refuses the role itself: with real ids as with junk.
      if (![FOR_ANONYMOUS, FOR_EVERYONE_SIGNED_IN, FOR_STUDENTS].some((set) => set.has(nameOf(label)))) {
        expect(unexpected(seen, ["redirect:/student", "state:forbidden"]), label).toEqual([]);
      }
    }
    for (const name of PROBED) expect([...outcomeOf(outcomes, name)], name).toEqual(["redirect:/student"]);
  });

  it("answers a teacher sending junk (to student actions too) with a refusal or not-found, never an error", async () => {
    // No real ids here: a teacher may duplicate a shared lesson, so only junk that no schema accepts.
    const { outcomes, failures } = await callEverything(await createTeacher(), junkForms().slice(0, 2));
    expect(failures).toEqual([]);
    const refusals = ["not-found", "returned", "state:forbidden", "state:invalid", "state:not_found"];
    for (const [label, seen] of outcomes) {
      const allowed = FOR_STUDENTS.has(nameOf(label)) ? ["state:forbidden"] : refusals;
      expect(unexpected(seen, allowed), label).toEqual([]);
    }
  });
});
