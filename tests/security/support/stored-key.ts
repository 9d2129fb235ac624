import pg from "pg";

export type StoredQuestion = {
  id: string;
  type: string;
  prompt: string;
  explanation: string;
  rubric: string | null;
  acceptedAnswers: string[];
  rejectedAnswers: string[];
  /** In stored order: for an ordering question, the key. */
  choices: { id: string; text: string; correct: boolean; feedback: string | null }[];
};

/** An assignment's questions with their keys, read straight from the e2e database (as tests/e2e/support does). */
export async function storedKey(assignmentId: string): Promise<StoredQuestion[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<StoredQuestion>(
      `SELECT q.id, q.type, q.prompt, q.explanation, q.rubric, q."acceptedAnswers",
         q."rejectedAnswers",
         COALESCE((SELECT json_agg(json_build_object('id', c.id, 'text', c.text, 'correct', c.correct,
           'feedback', c.feedback) ORDER BY c.position) FROM "Choice" c WHERE c."questionId" = q.id), '[]') AS choices
       FROM "AssignmentQuestion" aq JOIN "Question" q ON q.id = aq."questionId"
       WHERE aq."assignmentId" = $1 ORDER BY aq.position`,
      [assignmentId],
    );
    return rows;
  } finally {
    await client.end();
  }
}
