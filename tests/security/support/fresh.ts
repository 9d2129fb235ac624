import { randomBytes } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createAssignments } from "@/lib/assignments/mutations";
import { db } from "@/lib/db";
import { newJoinCode } from "@/lib/classes/join-code";
import { createDraftLessons } from "@/lib/import/mutations";
import type { Fresh } from "../manifest";
import { world } from "../world";

const owner = (): Viewer => ({ id: world().people.ownerTeacher.id, role: "teacher", displayName: "Owner" });

/** Disposable data for the examples that use up what they act on, made through lib/ and the database. */
export const fresh: Fresh = {
  async pendingTeacher() {
    const id = randomBytes(5).toString("hex");
    const user = await db.user.create({
      data: {
        role: "teacher",
        email: `sec-pending-${id}@school.test`,
        displayName: "Pending",
        passwordHash: "x",
      },
    });
    return user.id;
  },

  async attempt(assignmentId, studentId) {
    const open = await db.attempt.findFirst({ where: { assignmentId, studentId, status: "in_progress" } });
    if (open) return open.id;
    const count = await db.attempt.count({ where: { assignmentId, studentId } });
    return (await db.attempt.create({ data: { assignmentId, studentId, number: count + 1 } })).id;
  },

  async assignment() {
    const [created] = await createAssignments(owner(), {
      lessonId: world().sharedLesson,
      classIds: [world().ownerClass.id],
      dueAt: new Date(Date.now() + 86_400_000),
    });
    return created!.id;
  },

  async question(lessonId) {
    const last = await db.question.findFirstOrThrow({
      where: { lessonId, retiredAt: null, type: "single_choice" },
      orderBy: { position: "desc" },
      include: { choices: true },
    });
    const { id: _id, choices, createdAt: _at, originId: _origin, ...copy } = last;
    const max = await db.question.aggregate({ where: { lessonId }, _max: { position: true } });
    const question = await db.question.create({
      data: {
        ...copy,
        position: (max._max.position ?? 0) + 1,
        choices: {
          create: choices.map(({ position, text, correct, feedback }) => ({
            position,
            text,
            correct,
            feedback,
          })),
        },
      },
    });
    return question.id;
  },

  async draftQuestion() {
    const question = await db.question.findFirst({
      where: { acceptedAt: null, retiredAt: null, lesson: { ownerId: owner().id, status: "draft" } },
      orderBy: { id: "asc" },
    });
    if (question) return question.id;
    // All decided (the owner's calls accept and reject them): import the article again for more.
    await createDraftLessons(owner(), { text: world().import.text, kind: "text" });
    return this.draftQuestion();
  },

  async rejectedDraftQuestion() {
    const id = await this.draftQuestion();
    await db.question.update({ where: { id }, data: { retiredAt: new Date() } });
    return id;
  },

  async undecidedDraftLesson() {
    const lesson = await db.question.findUniqueOrThrow({
      where: { id: await this.draftQuestion() },
      select: { lessonId: true },
    });
    return lesson.lessonId;
  },

  async acceptedBatch() {
    const lesson = await this.undecidedDraftLesson();
    const batch = new Date();
    await db.question.updateMany({
      where: { lessonId: lesson, acceptedAt: null, retiredAt: null },
      data: { acceptedAt: batch },
    });
    return { lesson, batch: batch.toISOString() };
  },

  async readyDraftLesson() {
    // One stays ready until the owner's call publishes it: the refused calls before it change nothing.
    const ready = await db.lesson.findFirst({
      where: { ownerId: owner().id, status: "draft", questions: { some: {}, none: { acceptedAt: null } } },
    });
    if (ready) return ready.id;
    const { articleId } = await createDraftLessons(owner(), { text: world().import.text, kind: "text" });
    const lesson = await db.lesson.findFirstOrThrow({ where: { articleId, status: "draft" } });
    await db.question.updateMany({ where: { lessonId: lesson.id }, data: { acceptedAt: new Date() } });
    return lesson.id;
  },

  async emptyClass(owner, coTeacher) {
    const people = world().people;
    const name = `Fresh ${randomBytes(4).toString("hex")}`;
    const cls = await db.class.create({
      data: {
        name,
        teacherId: people[owner].id,
        joinCode: newJoinCode(),
        ...(coTeacher && { coTeachers: { create: [{ teacherId: people[coTeacher].id }] } }),
      },
    });
    return { id: cls.id, name };
  },

  async enrolledStudent(classId) {
    const id = randomBytes(5).toString("hex");
    const user = await db.user.create({
      data: {
        role: "student",
        username: `sec-fresh-${id}`,
        displayName: `Fresh ${id}`,
        passwordHash: "x",
        enrollments: { create: [{ classId }] },
      },
    });
    return user.id;
  },
};
