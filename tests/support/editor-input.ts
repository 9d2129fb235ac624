import { db } from "../../lib/db";
import type { EditorQuestion } from "../../lib/content/question-editor-schema";

/** A valid single-choice editor input citing the first sentence-like run of the lesson's passage. */
export async function singleChoiceInput(lessonId: string, correct = 0): Promise<EditorQuestion> {
  const { passage } = await db.lesson.findUniqueOrThrow({
    where: { id: lessonId },
    select: { passage: true },
  });
  const start = passage.indexOf("\n\n") + 2;
  return {
    type: "single_choice",
    prompt: "According to the article, what does the first paragraph describe?",
    points: 2,
    skill: "detail",
    explanation: "The first paragraph says so.",
    citation: { start, end: passage.indexOf(".", start) + 1 },
    choices: ["Trump's approach", "A sports match", "A recipe"].map((text, i) => ({
      text,
      correct: i === correct,
      feedback: "",
    })),
    acceptedAnswers: [],
    rubric: "",
    evidenceOptions: [],
  };
}
