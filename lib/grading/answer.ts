import { z } from "zod";
import { storableText } from "../text-schema";

const choiceId = storableText().min(1).max(64);

// Picking the same choice twice would count it twice in partial credit, so reject it at the edge.
const distinctChoiceIds = z
  .array(choiceId)
  .max(12)
  .refine((ids) => new Set(ids).size === ids.length, { message: "Each choice may be picked once" });

// Separate variants (rather than one with a two-value `type`) so a true/false answer
// can never be graded against a single-choice key or the other way round.
const choiceAnswer = <T extends "single_choice" | "true_false">(type: T) =>
  z.object({ type: z.literal(type), choiceId: choiceId.nullable() });

export const answerSchema = z.discriminatedUnion("type", [
  choiceAnswer("single_choice"),
  choiceAnswer("true_false"),
  z.object({ type: z.literal("multiple_select"), choiceIds: distinctChoiceIds }),
  z.object({ type: z.literal("short_answer"), text: storableText().max(200) }),
  z.object({ type: z.literal("ordering"), choiceIds: distinctChoiceIds }),
  z.object({ type: z.literal("open_response"), text: storableText().max(10_000) }),
  z.object({
    type: z.literal("evidence"),
    choiceId: choiceId.nullable(),
    evidenceIds: distinctChoiceIds,
  }),
]);
export type Answer = z.infer<typeof answerSchema>;
