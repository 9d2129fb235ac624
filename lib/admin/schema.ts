import { z } from "zod";
import { idSchema } from "../classes/schema";

/** What an administrator can do to a teacher's account, one button each on the administration page. */
export const TEACHER_INTENTS = ["approve", "disable", "enable", "reset-password"] as const;
export type TeacherIntent = (typeof TEACHER_INTENTS)[number];

export const manageTeacherSchema = z.object({
  intent: z.enum(TEACHER_INTENTS, "Choose what to do"),
  teacherId: idSchema,
});
