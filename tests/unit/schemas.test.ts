import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changePasswordSchema, studentJoinSchema, teacherSignUpSchema } from "../../lib/accounts/schema";
import {
  createAssignmentSchema,
  settingsFromForm,
  updateAssignmentSchema,
} from "../../lib/assignments/schema";
import { saveAnswerSchema } from "../../lib/attempts/schema";
import { createClassSchema } from "../../lib/classes/schema";
import { gradebookViewSchema } from "../../lib/results/schema";

const fieldErrors = (schema: z.ZodType, input: unknown): Record<string, string[] | undefined> => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};
const future = new Date(Date.now() + 86_400_000).toISOString();

describe("account schemas", () => {
  it("normalizes a teacher's email and refuses bad fields with messages for each", () => {
    expect(
      teacherSignUpSchema.parse({ displayName: " Ms. R ", email: " Ana@School.TEST ", password: "12345678" }),
    ).toEqual({
      displayName: "Ms. R",
      email: "ana@school.test",
      password: "12345678",
    });
    expect(fieldErrors(teacherSignUpSchema, { displayName: "", email: "nope", password: "short" })).toEqual({
      displayName: ["Enter a name"],
      email: ["Enter a valid email address"],
      password: ["Use at least 8 characters"],
    });
  });

  it("upper-cases class codes, lower-cases usernames, and refuses odd ones", () => {
    const ok = studentJoinSchema.parse({
      joinCode: " demo42 ",
      displayName: "Ana",
      username: "Ana.L",
      password: "password1",
    });
    expect(ok).toMatchObject({ joinCode: "DEMO42", username: "ana.l" });
    expect(
      Object.keys(
        fieldErrors(studentJoinSchema, {
          joinCode: "ABC",
          displayName: "A",
          username: "a b",
          password: "password1",
        }),
      ),
    ).toEqual(["joinCode", "username"]);
    expect(
      fieldErrors(studentJoinSchema, {
        joinCode: "DEMO42",
        displayName: "x".repeat(81),
        username: "ab",
        password: "p".repeat(201),
      }),
    ).toEqual({
      displayName: ["Use at most 80 characters"],
      username: ["Use at least 3 characters"],
      password: ["Use at most 200 characters"],
    });
  });

  it("requires the new password twice, the same", () => {
    expect(
      fieldErrors(changePasswordSchema, {
        currentPassword: "x",
        newPassword: "longenough",
        confirmPassword: "other",
      }),
    ).toEqual({
      confirmPassword: ["The two new passwords do not match"],
    });
  });
});

describe("class and assignment schemas", () => {
  it("trims class names and refuses empty or long ones", () => {
    expect(createClassSchema.parse({ name: "  Period 1 " })).toEqual({ name: "Period 1" });
    expect(fieldErrors(createClassSchema, { name: "   " })).toEqual({ name: ["Enter a class name"] });
    expect(fieldErrors(createClassSchema, { name: "x".repeat(81) })).toEqual({
      name: ["Use at most 80 characters"],
    });
  });

  it("reads an assignment form: checkboxes, unlimited attempts and empty numbers", () => {
    const form = new FormData();
    form.set("dueAt", future);
    form.set("unlimitedAttempts", "on");
    form.set("attemptsAllowed", "3");
    form.set("timeLimitMinutes", "");
    form.set("shuffleChoices", "on");
    const parsed = createAssignmentSchema.parse({
      lessonId: "abc",
      classIds: ["c1"],
      ...settingsFromForm(form),
    });
    expect(parsed).toMatchObject({
      attemptsAllowed: null,
      timeLimitMinutes: null,
      shuffleChoices: true,
      shuffleQuestions: false,
    });
    expect(parsed.dueAt.toISOString()).toBe(future);
  });

  it("refuses a due time in the past or before the opening, and no class", () => {
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(
      fieldErrors(createAssignmentSchema, { lessonId: "abc", classIds: ["c1"], dueAt: past }).dueAt,
    ).toContain("Choose a due time in the future");
    expect(fieldErrors(createAssignmentSchema, { lessonId: "abc", classIds: [], dueAt: "" })).toMatchObject({
      classIds: ["Choose at least one class"],
      dueAt: ["Choose a due date and time"],
    });
    expect(fieldErrors(updateAssignmentSchema, { openAt: future, dueAt: past }).dueAt).toEqual([
      "The due time must be after the open time",
    ]);
    expect(
      updateAssignmentSchema.safeParse({ dueAt: past }).success,
      "editing may move the due time into the past",
    ).toBe(true);
  });
});

describe("assignment dates", () => {
  it.each([
    ["31 February", "2027-02-31T10:00"],
    ["a 25th hour", "2027-03-01T25:00:00.000Z"],
    ["year 0, which PostgreSQL refuses", "0000-01-01T00:00:00.000Z"],
    ["a year past 9999", "+010000-01-01T00:00:00.000Z"],
    ["a date without a time", "2027-03-01"],
    ["words", "next friday"],
    ["a number", 1_800_000_000_000],
  ])("refuses %s as a due time, with the field's message", (_label, dueAt) => {
    expect(fieldErrors(updateAssignmentSchema, { dueAt }).dueAt).toEqual(["Choose a due date and time"]);
  });

  it("takes an ISO instant with or without a zone and seconds, and a Date", () => {
    expect(updateAssignmentSchema.parse({ dueAt: "2027-02-28T10:00:00.000Z" }).dueAt.toISOString()).toBe(
      "2027-02-28T10:00:00.000Z",
    );
    expect(updateAssignmentSchema.parse({ dueAt: "2028-02-29T23:59+02:00" }).dueAt.toISOString()).toBe(
      "2028-02-29T21:59:00.000Z",
    );
    const local = updateAssignmentSchema.parse({ dueAt: "2027-03-01T08:30" }).dueAt;
    expect([local.getFullYear(), local.getMonth(), local.getDate(), local.getHours()]).toEqual([
      2027, 2, 1, 8,
    ]);
    const asDate = new Date("2027-05-01T12:00:00.000Z");
    expect(updateAssignmentSchema.parse({ dueAt: asDate }).dueAt).toEqual(asDate);
  });
});

describe("text fields", () => {
  it("drops a gradebook search containing a NUL character instead of sending it to PostgreSQL", () => {
    expect(gradebookViewSchema.parse({ q: "Ana\u0000" }).q).toBe("");
    expect(gradebookViewSchema.parse({ q: " Ana " }).q).toBe("Ana");
  });

  it("refuses a NUL character, which PostgreSQL cannot store, with a message on the field", () => {
    expect(fieldErrors(createClassSchema, { name: "Period\u00002" }).name).toEqual([
      "Remove the invisible NUL character; it cannot be saved",
    ]);
    expect(
      saveAnswerSchema.safeParse({
        questionId: "q1",
        answer: { type: "open_response", text: "a\u0000b" },
        version: 1,
      }).success,
    ).toBe(false);
  });
});

describe("text that is not well-formed Unicode", () => {
  it.each([
    ["a lone high surrogate", "Putin \uD83D"],
    ["a lone low surrogate", "\uDE00 Putin"],
    ["two halves in the wrong order", "\uDE00\uD83D"],
  ])("refuses %s with a message on the field", (_, text) => {
    expect(fieldErrors(createClassSchema, { name: text }).name).toEqual([
      "Remove the broken character (half of an emoji or symbol); it cannot be saved",
    ]);
  });

  it("keeps whole emoji and other characters beyond the basic plane", () => {
    expect(createClassSchema.safeParse({ name: "Period 2 \uD83D\uDE00 \u{1D49C}" }).success).toBe(true);
  });
});

describe("saveAnswerSchema", () => {
  it("takes a versioned answer and refuses a version that is not a positive whole number", () => {
    const answer = { type: "single_choice", choiceId: "c1" };
    expect(saveAnswerSchema.parse({ questionId: "q1", answer, version: 3 })).toEqual({
      questionId: "q1",
      answer,
      version: 3,
      flagged: false,
    });
    for (const version of [0, -1, 1.5, "2", 3_000_000_000]) {
      expect(saveAnswerSchema.safeParse({ questionId: "q1", answer, version }).success, String(version)).toBe(
        false,
      );
    }
    expect(
      saveAnswerSchema.safeParse({ questionId: "q1", answer: { type: "essay", text: "x" }, version: 1 })
        .success,
    ).toBe(false);
  });
});
