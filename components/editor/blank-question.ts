import type { EditorQuestion } from "@/lib/content/question-editor-schema";
import type { QuestionType } from "@/lib/content/schema";

const blankChoice = (correct = false) => ({ text: "", correct, feedback: "" });

// Enough empty rows to satisfy each type's rule once filled in: the teacher fills rather than counts.
const STARTING_CHOICES: Record<QuestionType, EditorQuestion["choices"]> = {
  single_choice: [blankChoice(true), blankChoice(), blankChoice()],
  multiple_select: [blankChoice(true), blankChoice(true), blankChoice()],
  true_false: [
    { text: "True", correct: true, feedback: "" },
    { text: "False", correct: false, feedback: "" },
  ],
  short_answer: [],
  ordering: [blankChoice(), blankChoice(), blankChoice()],
  open_response: [],
  evidence: [blankChoice(true), blankChoice(), blankChoice()],
};

export function blankQuestion(type: QuestionType): EditorQuestion {
  return {
    type,
    prompt: "",
    points: type === "evidence" || type === "open_response" ? 2 : 1,
    skill: "detail",
    explanation: "",
    citation: null,
    choices: STARTING_CHOICES[type],
    acceptedAnswers: type === "short_answer" ? [""] : [],
    rejectedAnswers: [],
    rubric: "",
    evidenceOptions: [],
  };
}
