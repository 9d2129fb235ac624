import { z } from "zod";
import { storableText } from "../text-schema";
import { answerSchema } from "../grading/answer";

export const saveAnswerSchema = z.object({
  questionId: storableText().min(1).max(64),
  answer: answerSchema,
  /** Increases with every change the browser makes; the server keeps the highest it has seen. */
  version: z.number().int().min(1).max(2_000_000_000),
  flagged: z.boolean().default(false),
});
export type SaveAnswerInput = z.input<typeof saveAnswerSchema>;
