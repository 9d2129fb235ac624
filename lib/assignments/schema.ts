import { z } from "zod";
import { idSchema } from "../classes/schema";
import { formDecimal, formInteger } from "../forms/form-number";
import { storableText } from "../text-schema";
import { parseInstant } from "./instant";
import { INSTRUCTIONS_MAX } from "./instructions";

const date = (message: string) =>
  z.unknown().transform((value, ctx) => {
    const instant = parseInstant(value);
    if (instant) return instant;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });

/** Settings a teacher chooses when assigning, and may change later. */
const settingsShape = {
  openAt: date("Choose when the assignment opens").optional(),
  dueAt: date("Choose a due date and time"),
  /** null means unlimited attempts. */
  attemptsAllowed: formInteger({ required: "Enter a number of attempts", whole: "Enter a whole number" })
    .pipe(z.number().min(1, "Allow at least one attempt").max(20, "Allow at most 20 attempts"))
    .nullable()
    .default(1),
  timeLimitMinutes: formInteger({ required: "Enter the time limit in minutes", whole: "Enter whole minutes" })
    .pipe(
      z.number().min(1, "A time limit is at least 1 minute").max(600, "A time limit is at most 600 minutes"),
    )
    .nullable()
    .default(null),
  releasePolicy: z.enum(["after_submit", "after_due", "never"]).default("after_submit"),
  scoringRule: z.enum(["best", "latest"]).default("best"),
  latePolicy: z.enum(["accept_late", "close"]).default("accept_late"),
  shuffleQuestions: z.boolean().default(false),
  shuffleChoices: z.boolean().default(true),
  /** Shown to students above the passage; empty clears it, absent leaves it as it is. */
  instructions: storableText()
    .trim()
    .max(INSTRUCTIONS_MAX, `Keep the instructions under ${INSTRUCTIONS_MAX} characters`)
    .transform((s) => s || null)
    .optional(),
};

type Dated = { openAt?: Date; dueAt: Date };

function dueAfterOpen(a: Dated, ctx: z.RefinementCtx, openDefault: Date | undefined) {
  const openAt = a.openAt ?? openDefault;
  if (openAt && a.dueAt.getTime() <= openAt.getTime()) {
    ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due time must be after the open time" });
  }
}

export const createAssignmentSchema = z
  .object({
    lessonId: idSchema,
    classIds: z.array(idSchema).min(1, "Choose at least one class").max(50),
    ...settingsShape,
  })
  .superRefine((a, ctx) => {
    // A new assignment without an opening time opens now.
    dueAfterOpen(a, ctx, new Date());
    if (a.dueAt.getTime() <= Date.now()) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Choose a due time in the future" });
    }
  });
export type CreateAssignmentInput = z.input<typeof createAssignmentSchema>;

// Editing may move the due time into the past (to close the window early) or extend it.
// Without an opening time the stored one is kept, so only a given one is compared.
export const updateAssignmentSchema = z
  .object(settingsShape)
  .superRefine((a, ctx) => dueAfterOpen(a, ctx, undefined));

export const accommodationSchema = z.object({
  studentId: idSchema,
  timeFactor: formDecimal({ required: "Enter a factor such as 1.5" }).pipe(
    z.number().min(1, "The factor is at least 1").max(4, "The factor is at most 4"),
  ),
  extraAttempts: formInteger({ required: "Enter a number", whole: "Enter a whole number" }).pipe(
    z.number().min(0, "At least 0").max(10, "At most 10"),
  ),
});

/** Reads the settings fields of an assignment form (checkboxes send "on", empty numbers mean none). */
export function settingsFromForm(formData: FormData) {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" && v.trim() !== "" ? v : undefined;
  };
  return {
    openAt: text("openAt"),
    dueAt: text("dueAt") ?? "",
    attemptsAllowed: formData.get("unlimitedAttempts") === "on" ? null : (text("attemptsAllowed") ?? ""),
    timeLimitMinutes: text("timeLimitMinutes") ?? null,
    releasePolicy: text("releasePolicy"),
    scoringRule: text("scoringRule"),
    latePolicy: text("latePolicy"),
    shuffleQuestions: formData.get("shuffleQuestions") === "on",
    shuffleChoices: formData.get("shuffleChoices") === "on",
    instructions: formData.get("instructions") ?? undefined,
  };
}
