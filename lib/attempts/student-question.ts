import type { QuestionType as DbQuestionType } from "../generated/prisma/enums";
import { fromDbType } from "../content/enum-names";
import type { QuestionType } from "../content/schema";
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

export function toStudentQuestion(q: Source, attemptId: string, shuffleChoices: boolean): StudentQuestion {
  const seed = `${attemptId}:${q.id}`;
  // Ordering items are stored in their answer order, so they are always shuffled before a student sees them.
  const mustShuffle = shuffleChoices || q.type === "ORDERING";
  const choices = q.choices.map(({ id, text }) => ({ id, text }));
  return {
    id: q.id,
    type: fromDbType(q.type),
    prompt: q.prompt,
    points: q.points,
    choices: mustShuffle ? seededShuffle(choices, seed) : choices,
    evidenceOptions: q.evidenceOptions.map(({ id, text }) => ({ id, text })),
  };
}
