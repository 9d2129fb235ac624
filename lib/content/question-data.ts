import type { QuestionType as DbQuestionType, Skill as DbSkill } from "../generated/prisma/enums";
import type { QuestionInput } from "./schema";

/** The columns and nested rows of one stored question, from its lectern.article.v1 form. */
export function questionCreateData(q: QuestionInput, position: number) {
  return {
    position,
    type: q.type,
    prompt: q.prompt,
    points: q.points,
    skill: q.skill,
    explanation: q.explanation,
    citationText: q.citation.text,
    citationStart: q.citation.start,
    citationEnd: q.citation.end,
    acceptedAnswers: q.acceptedAnswers,
    rejectedAnswers: q.rejectedAnswers ?? [],
    rubric: q.rubric ?? null,
    choices: {
      create: q.choices.map((c, cPosition) => ({
        position: cPosition,
        text: c.text,
        correct: c.correct,
        feedback: c.feedback ?? null,
      })),
    },
    evidenceOptions: {
      create: q.evidenceOptions.map((o, oPosition) => ({ position: oPosition, ...o })),
    },
  };
}

type StoredQuestion = {
  type: DbQuestionType;
  prompt: string;
  points: number;
  skill: DbSkill;
  explanation: string;
  citationText: string;
  citationStart: number;
  citationEnd: number;
  acceptedAnswers: string[];
  rejectedAnswers: string[];
  rubric: string | null;
  choices: { text: string; correct: boolean; feedback: string | null }[];
  evidenceOptions: { text: string; start: number; end: number }[];
};

/** A stored question in its lectern.article.v1 form (the inverse of questionCreateData). */
export function questionInputOf(q: StoredQuestion): QuestionInput {
  return {
    type: q.type,
    prompt: q.prompt,
    points: q.points,
    skill: q.skill,
    explanation: q.explanation,
    citation: { text: q.citationText, start: q.citationStart, end: q.citationEnd },
    choices: q.choices.map((c) => ({
      text: c.text,
      correct: c.correct,
      ...(c.feedback ? { feedback: c.feedback } : {}),
    })),
    acceptedAnswers: q.acceptedAnswers,
    // Optional in the format: a question without any exports without the key, as it was imported.
    ...(q.rejectedAnswers.length > 0 ? { rejectedAnswers: q.rejectedAnswers } : {}),
    ...(q.rubric ? { rubric: q.rubric } : {}),
    evidenceOptions: q.evidenceOptions.map(({ text, start, end }) => ({ text, start, end })),
  };
}
