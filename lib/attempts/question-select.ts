/** Everything grading and review need about a question; never sent to a student before release. */
export const questionWithKeySelect = {
  id: true,
  type: true,
  prompt: true,
  points: true,
  skill: true,
  explanation: true,
  citationText: true,
  citationStart: true,
  citationEnd: true,
  acceptedAnswers: true,
  rejectedAnswers: true,
  rubric: true,
  choices: { orderBy: { position: "asc" }, select: { id: true, text: true, correct: true, feedback: true } },
  evidenceOptions: { orderBy: { position: "asc" }, select: { id: true, text: true, start: true, end: true } },
} as const;

/** What a student sees of a question while answering: the toStudentQuestion source, with no key at all. */
export const studentQuestionSelect = {
  id: true,
  type: true,
  prompt: true,
  points: true,
  choices: { orderBy: { position: "asc" }, select: { id: true, text: true } },
  evidenceOptions: { orderBy: { position: "asc" }, select: { id: true, text: true } },
} as const;
