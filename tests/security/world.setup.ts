import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test as setup, expect } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createAssignments } from "@/lib/assignments/mutations";
import { newJoinCode } from "@/lib/classes/join-code";
import { duplicateLesson } from "@/lib/content/duplicate-lesson";
import { db } from "@/lib/db";
import { createDraftLessons } from "@/lib/import/mutations";
import { DEMO_ARTICLE_SLUG } from "@/lib/seed/demo-accounts";
import { MATRIX_LOG } from "./support/cell";
import { APP_ORIGIN, send } from "./support/http";
import { sessionCookie } from "./support/sessions";
import { singleChoiceInput } from "../support/editor-input";
import { WORLD_FILE, type Person, type SignedIn, type World } from "./world";

// The people and data are made through lib/ and the database (like the integration factories), never through the
// endpoints under test, so a broken endpoint fails its own cells and not the whole suite.
const run = randomBytes(3).toString("hex");
const PASSWORD = `security-suite-${run}`;
const DAY = 86_400_000;

async function person(role: "teacher" | "student", name: string, hash: string, extra = {}): Promise<Person> {
  const login = role === "teacher" ? `sec-${name}-${run}@school.test` : `sec-${name}-${run}`.toLowerCase();
  const user = await db.user.create({
    data: {
      role,
      ...(role === "teacher" ? { email: login, verifiedAt: new Date() } : { username: login }),
      displayName: `Security ${name}`,
      passwordHash: hash,
      ...extra,
    },
  });
  return { id: user.id, login };
}

const viewer = (p: Person, role: Viewer["role"] = "teacher"): Viewer => ({ ...p, role, displayName: "x" });

async function classOf(teacher: Person, students: Person[]) {
  const cls = await db.class.create({
    data: {
      name: `Security ${run}`,
      teacherId: teacher.id,
      joinCode: newJoinCode(),
      enrollments: { create: students.map((s) => ({ studentId: s.id })) },
    },
  });
  return { id: cls.id, joinCode: cls.joinCode! };
}

async function people(hash: string) {
  const teachers = {
    ownerTeacher: await person("teacher", "owner", hash),
    otherTeacher: await person("teacher", "other", hash),
    unverifiedTeacher: await person("teacher", "unverified", hash, { verifiedAt: null }),
    admin: await person("teacher", "admin", hash, { isAdmin: true }),
  };
  const students = {
    enrolledStudent: await person("student", "enrolled", hash),
    classmate: await person("student", "classmate", hash),
    outsiderStudent: await person("student", "outsider", hash),
  };
  const all: Record<SignedIn, Person> = { ...teachers, ...students };
  return all;
}

/** An attempt of the enrolled student with an open response and a wrong short answer, graded over HTTP. */
async function submittedAttempt(assignmentId: string, student: Person, number: number) {
  const questions = await db.assignmentQuestion.findMany({
    where: { assignmentId },
    select: { question: { select: { id: true, type: true } } },
  });
  const find = (type: string) => questions.find((q) => q.question.type === type)!.question.id;
  const attempt = await db.attempt.create({
    data: {
      assignmentId,
      studentId: student.id,
      number,
      responses: {
        create: [
          {
            questionId: find("open_response"),
            version: 1,
            answer: { type: "open_response", text: "Because." },
          },
          { questionId: find("short_answer"), version: 1, answer: { type: "short_answer", text: "zebra" } },
        ],
      },
    },
    select: { id: true, responses: { select: { id: true, questionId: true } } },
  });
  return { attempt, shortAnswer: find("short_answer"), openResponse: find("open_response") };
}

setup("the security suite's people and data", async () => {
  setup.setTimeout(120_000);
  const hash = await hashPassword(PASSWORD);
  const all = await people(hash);
  const spare = {
    signInVictim: await person("student", "victim", hash),
    joinGuesser: await person("student", "guesser", hash),
    fuzzStudent: await person("student", "fuzz", hash),
  };
  const owner = all.ownerTeacher;
  const ownerClass = await classOf(owner, [all.enrolledStudent, all.classmate]);
  const otherClass = await classOf(all.otherTeacher, [all.outsiderStudent]);
  const joinClass = await classOf(all.otherTeacher, []);

  const shared = await db.lesson.findFirstOrThrow({
    where: { article: { slug: DEMO_ARTICLE_SLUG }, ownerId: null, status: "published" },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const own = await duplicateLesson(viewer(owner), shared.id);
  const ownQuestions = await db.question.findMany({
    where: { lessonId: own.id, retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true, type: true },
  });

  const assign = async (settings: Record<string, unknown> = {}) => {
    const [a] = await createAssignments(viewer(owner), {
      lessonId: shared.id,
      classIds: [ownerClass.id],
      dueAt: new Date(Date.now() + 7 * DAY),
      attemptsAllowed: null,
      ...settings,
    });
    return a!.id;
  };
  const assignmentId = await assign();
  const graded = await submittedAttempt(assignmentId, all.enrolledStudent, 1);
  const student = await sessionCookie(all.enrolledStudent.login, PASSWORD);
  const submit = await send({
    method: "POST",
    path: `/api/attempts/${graded.attempt.id}/submit`,
    cookie: student,
    headers: { "content-type": "application/json", origin: APP_ORIGIN },
  });
  expect(submit.status, submit.body).toBe(200);
  const openAttempt = await db.attempt.create({
    data: { assignmentId, studentId: all.enrolledStudent.id, number: 2 },
  });

  const text = readFileSync(path.join("tests", "unit", "fixtures", "articles", "school-gardens.txt"), "utf8");
  const imported = await createDraftLessons(viewer(owner), { text, kind: "text" });

  const value: World = {
    password: PASSWORD,
    people: all,
    spare,
    ownerClass,
    otherClass,
    joinClass,
    sharedLesson: shared.id,
    ownLesson: {
      id: own.id,
      questionId: ownQuestions[0]!.id,
      shortAnswerQuestionId: ownQuestions.find((q) => q.type === "short_answer")!.id,
      newQuestion: await singleChoiceInput(own.id),
    },
    assignment: {
      id: assignmentId,
      shortAnswerQuestionId: graded.shortAnswer,
      submittedAttempt: graded.attempt.id,
      openResponseId: graded.attempt.responses.find((r) => r.questionId === graded.openResponse)!.id,
      openAttempt: openAttempt.id,
    },
    spareAssignment: await assign(),
    submitAssignment: await assign(),
    import: { articleId: imported.articleId, text },
  };
  mkdirSync(path.dirname(WORLD_FILE), { recursive: true });
  rmSync(MATRIX_LOG, { force: true });
  writeFileSync(WORLD_FILE, JSON.stringify(value, null, 2));
});
