import type { QuestionType as DbQuestionType, Skill as DbSkill } from "../generated/prisma/enums";
import type { QuestionType, Skill } from "./schema";

// The JSON format and the UI speak snake_case; the database enums are upper case.
export const toDbType = (t: QuestionType) => t.toUpperCase() as DbQuestionType;
export const fromDbType = (t: DbQuestionType) => t.toLowerCase() as QuestionType;
export const toDbSkill = (s: Skill) => s.toUpperCase() as DbSkill;
export const fromDbSkill = (s: DbSkill) => s.toLowerCase() as Skill;
