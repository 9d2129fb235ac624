import type { QuestionType as DbQuestionType } from "../generated/prisma/enums";
import type { QuestionType } from "../content/schema";
import { sealChoiceId, shuffleSeed } from "./opaque-ids";
import { seededShuffle } from "./seeded-shuffle";

/** A question as a student may see it during an attempt: no correct flags, feedback, explanations or keys. */
export type StudentQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  points: number;
  choices: { id: string; text: string }[];
  evidenceOptions: { id: string; text: string }[];
};

type Source = {
  id: string;
  type: DbQuestionType;
  prompt: string;
  points: number;
  choices: { id: string; text: string }[];
  evidenceOptions: { id: string; text: string }[];
};

/** True before False, whatever order the author stored them in: a fixed order gives nothing away. */
const trueFirst = (choices: { id: string; text: string }[]) =>
  [...choices].sort(
    (a, b) => Number(b.text.trim().toLowerCase() === "true") - Number(a.text.trim().toLowerCase() === "true"),
  );

/**
 * Choice ids are sealed for the attempt (lib/attempts/opaque-ids.ts) and shuffles seeded with a server secret, so
 * neither the ids' order nor a recomputed shuffle can reveal the stored order, which for ordering items is the key.
 */
export function toStudentQuestion(q: Source, attemptId: string, shuffleChoices: boolean): StudentQuestion {
  const choices = q.choices.map(({ id, text }) => ({ id: sealChoiceId(attemptId, id), text }));
  // Ordering items are stored in their answer order, so they are always shuffled before a student sees them.
  const arranged =
    q.type === "true_false"
      ? trueFirst(choices)
      : shuffleChoices || q.type === "ordering"
        ? seededShuffle(choices, shuffleSeed(attemptId, q.id))
        : choices;
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    points: q.points,
    choices: arranged,
    evidenceOptions: q.evidenceOptions.map(({ id, text }) => ({ id, text })),
  };
}
