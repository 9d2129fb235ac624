import { QUESTION_TYPES, SKILL_LABELS, SKILLS } from "@/lib/content/schema";
import { TYPE_LABELS } from "./type-labels";

export const TYPE_OPTIONS = QUESTION_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }));
export const SKILL_OPTIONS = SKILLS.map((s) => ({ value: s, label: SKILL_LABELS[s] }));
