import { db } from "@/lib/db";

/**
 * A valid single-choice question for the question editor's save action, citing the lesson's first sentence after
 * its opening paragraph break (as tests/support/editor-input.ts does for the integration tests).
 */
export async function editorQuestion(lessonId: string) {
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
      correct: i === 0,
      feedback: "",
    })),
    acceptedAnswers: [],
    rubric: "",
    evidenceOptions: [],
  };
}
