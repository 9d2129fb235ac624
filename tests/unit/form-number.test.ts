import { describe, expect, it } from "vitest";
import { z } from "zod";
import { accommodationSchema, updateAssignmentSchema } from "../../lib/assignments/schema";
import { editorQuestionSchema } from "../../lib/content/question-editor-schema";
import { tryAnswerSchema } from "../../lib/content/try-answer";
import { formDecimal, formInteger } from "../../lib/forms/form-number";
import { gradeResponseSchema, gradebookViewSchema } from "../../lib/results/schema";

const fieldErrors = (schema: z.ZodType, input: unknown): Record<string, string[] | undefined> => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};
const messages = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

const count = formInteger({ required: "Enter a number", whole: "Enter a whole number" }).pipe(
  z.number().min(0, "Cannot be negative").max(100, "At most 100"),
);
const factor = formDecimal({ required: "Enter a number" }).pipe(z.number().min(0, "Cannot be negative"));

describe("formInteger", () => {
  it.each([
    ["empty", ""],
    ["blank", " "],
    ["hexadecimal", "0x10"],
    ["an exponent", "1e1"],
    ["a plus sign", "+3"],
    ["words", "seven"],
    ["Infinity", "Infinity"],
    ["digits with a space inside", "1 0"],
    ["a thousands separator", "1,000"],
    ["full-width digits", "\uFF17"],
    ["no value at all", undefined],
    ["a boolean", true],
    ["NaN", Number.NaN],
  ])("refuses %s with the field's message, never reading it as a number", (_label, input) => {
    expect(messages(count, input)).toEqual(["Enter a number"]);
  });

  it("refuses a fraction where only whole numbers make sense, with its own message", () => {
    expect(messages(count, "3.5")).toEqual(["Enter a whole number"]);
    expect(messages(count, "3.0")).toEqual(["Enter a whole number"]);
    expect(messages(count, 3.5)).toEqual(["Enter a whole number"]);
  });

  it("reads a minus sign so a negative meets the range's own message", () => {
    expect(messages(count, "-1")).toEqual(["Cannot be negative"]);
  });

  it("reads decimal digits with spaces around them, and numbers", () => {
    expect(count.parse(" 7 ")).toBe(7);
    expect(count.parse("007")).toBe(7);
    expect(count.parse(0)).toBe(0);
    expect(messages(count, "1".repeat(400))).toEqual(["At most 100"]);
  });
});

describe("formDecimal", () => {
  it("reads a decimal point where fractions make sense, and nothing else", () => {
    expect(factor.parse("1.5")).toBe(1.5);
    expect(factor.parse(" .5 ")).toBe(0.5);
    expect(factor.parse("2.")).toBe(2);
    for (const input of ["", " ", "0x10", "1e1", "+3", "1.2.3", "."]) {
      expect(messages(factor, input), JSON.stringify(input)).toEqual(["Enter a number"]);
    }
    expect(messages(factor, "-0.5")).toEqual(["Cannot be negative"]);
  });
});

describe("the form schemas that read numbers", () => {
  it("refuses empty points when grading instead of recording 0", () => {
    expect(fieldErrors(gradeResponseSchema, { responseId: "r1", points: "" }).points).toEqual([
      "Enter the points as a number.",
    ]);
    expect(fieldErrors(gradeResponseSchema, { responseId: "r1", points: "-1" }).points).toEqual([
      "Points cannot be negative.",
    ]);
    expect(gradeResponseSchema.parse({ responseId: "r1", points: " 1.5 " }).points).toBe(1.5);
  });

  it("refuses hexadecimal attempts and fractional minutes in an assignment's settings", () => {
    const dueAt = new Date(Date.now() + 86_400_000).toISOString();
    expect(fieldErrors(updateAssignmentSchema, { dueAt, attemptsAllowed: "0x10" }).attemptsAllowed).toEqual([
      "Enter a number of attempts",
    ]);
    expect(fieldErrors(updateAssignmentSchema, { dueAt, attemptsAllowed: "" }).attemptsAllowed).toEqual([
      "Enter a number of attempts",
    ]);
    expect(fieldErrors(updateAssignmentSchema, { dueAt, timeLimitMinutes: "3.5" }).timeLimitMinutes).toEqual([
      "Enter whole minutes",
    ]);
    expect(updateAssignmentSchema.parse({ dueAt, attemptsAllowed: " 7 " }).attemptsAllowed).toBe(7);
    expect(updateAssignmentSchema.parse({ dueAt, attemptsAllowed: null }).attemptsAllowed).toBeNull();
  });

  it("reads an accommodation's factor as a decimal and its extra attempts as a whole number", () => {
    expect(accommodationSchema.parse({ studentId: "s1", timeFactor: "1.5", extraAttempts: "2" })).toEqual({
      studentId: "s1",
      timeFactor: 1.5,
      extraAttempts: 2,
    });
    expect(
      fieldErrors(accommodationSchema, { studentId: "s1", timeFactor: "1e0", extraAttempts: "1.5" }),
    ).toEqual({
      timeFactor: ["Enter a factor such as 1.5"],
      extraAttempts: ["Enter a whole number"],
    });
  });

  it("refuses a question worth an empty or hexadecimal number of points", () => {
    const schema = editorQuestionSchema.pick({ points: true });
    expect(fieldErrors(schema, { points: "" }).points).toEqual(["Enter the points as a number"]);
    expect(fieldErrors(schema, { points: "0x10" }).points).toEqual(["Enter the points as a number"]);
    expect(schema.parse({ points: 2 }).points).toBe(2);
  });

  it("reads the choices tried as positions, refusing anything else", () => {
    expect(tryAnswerSchema.parse({ choices: ["0", " 2 "] }).choices).toEqual([0, 2]);
    expect(tryAnswerSchema.safeParse({ choices: ["0x1"] }).success).toBe(false);
    expect(tryAnswerSchema.safeParse({ choices: [""] }).success).toBe(false);
  });

  it("falls back to the first gradebook page for a page number that is not one", () => {
    expect(gradebookViewSchema.parse({ page: "0x10", cols: "1e1" })).toMatchObject({ page: 1, cols: 1 });
    expect(gradebookViewSchema.parse({ page: " 3 ", cols: ["2"] })).toMatchObject({ page: 3, cols: 2 });
  });
});
