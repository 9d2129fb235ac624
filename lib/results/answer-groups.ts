import { normalizeShortAnswer } from "../grading/short-answer/normalize";

/** A submitted short answer as the grading page reads it. */
export type GradedShortAnswer = {
  studentId: string;
  text: string;
  correct: boolean | null;
  near: boolean;
};

/**
 * One answer the teacher may want to decide on for everyone: "wrong" (graded wrong: accept it?) or "near"
 * (accepted only through the grader's tolerance: reject it?).
 */
export type AnswerGroup = {
  kind: "wrong" | "near";
  /** The answer as the grader compares it: every spelling of it is one group. */
  normalized: string;
  /** The spelling most students used, shown to the teacher and recorded if they decide. */
  text: string;
  students: number;
};

const kindOf = (a: GradedShortAnswer): AnswerGroup["kind"] | null =>
  a.correct === false ? "wrong" : a.correct && a.near ? "near" : null;

/**
 * The distinct wrong and near answers to a short-answer question, with how many students gave each (a student
 * who gave one in two attempts counts once), most common first. Blank answers are left out: there is nothing to
 * accept in them.
 */
export function answerGroups(answers: readonly GradedShortAnswer[]): AnswerGroup[] {
  const groups = new Map<
    string,
    { kind: AnswerGroup["kind"]; normalized: string; students: Set<string>; spellings: Map<string, number> }
  >();
  for (const a of answers) {
    const kind = kindOf(a);
    const normalized = normalizeShortAnswer(a.text);
    if (!kind || normalized === "") continue;
    const id = `${kind}:${normalized}`;
    const group = groups.get(id) ?? { kind, normalized, students: new Set(), spellings: new Map() };
    groups.set(id, group);
    group.students.add(a.studentId);
    const spelling = a.text.trim().replace(/\s+/g, " ");
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
  }
  return [...groups.values()]
    .map((g) => ({
      kind: g.kind,
      normalized: g.normalized,
      // Ties go to the alphabetically first spelling, so the page does not change between reloads.
      text: [...g.spellings].sort(([a, m], [b, n]) => n - m || a.localeCompare(b))[0]![0],
      students: g.students.size,
    }))
    .sort((a, b) => b.students - a.students || a.normalized.localeCompare(b.normalized));
}
