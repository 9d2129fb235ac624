import { z } from "zod";
import { idSchema } from "../classes/schema";

const date = (message: string) =>
  z.coerce.date({ error: message }).refine((d) => !isNaN(d.getTime()), message);

export const createAssignmentSchema = z
  .object({
    lessonId: idSchema,
    classIds: z.array(idSchema).min(1, "Choose at least one class").max(50),
    openAt: date("Choose when the assignment opens").optional(),
    dueAt: date("Choose a due date and time"),
    attemptsAllowed: z.coerce
      .number({ error: "Enter a number of attempts" })
      .int()
      .min(1, "Allow at least one attempt")
      .max(20, "Allow at most 20 attempts")
      .nullable()
      .default(1),
    timeLimitMinutes: z.coerce.number().int().min(1).max(600).nullable().default(null),
    releasePolicy: z.enum(["AFTER_SUBMIT", "AFTER_DUE", "NEVER"]).default("AFTER_SUBMIT"),
    scoringRule: z.enum(["BEST", "LATEST"]).default("BEST"),
    latePolicy: z.enum(["ACCEPT_LATE", "CLOSE"]).default("ACCEPT_LATE"),
    shuffleQuestions: z.boolean().default(false),
    shuffleChoices: z.boolean().default(false),
  })
  .superRefine((a, ctx) => {
    const openAt = a.openAt ?? new Date();
    if (a.dueAt.getTime() <= openAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due time must be after the open time" });
    }
    if (a.dueAt.getTime() <= Date.now()) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Choose a due time in the future" });
    }
  });
export type CreateAssignmentInput = z.input<typeof createAssignmentSchema>;
