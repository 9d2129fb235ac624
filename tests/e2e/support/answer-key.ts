import pg from "pg";

export type KeyedQuestion = {
  id: string;
  type: string;
  prompt: string;
  explanation: string;
  rubric: string | null;
  acceptedAnswers: string[];
  choices: { text: string; correct: boolean; feedback: string | null }[];
  /** Evidence sentences that support the answer (inside the citation). */
  evidence: string[];
};

/**
 * The answer key of an assignment, read straight from the e2e database: the tests use it to answer
 * correctly by keyboard and to search what the browser received for anything it must not contain.
 */
export async function answerKey(assignmentId: string): Promise<KeyedQuestion[]> {
  return keyQuery(
    `FROM "AssignmentQuestion" aq JOIN "Question" q ON q.id = aq."questionId"
     WHERE aq."assignmentId" = $1 ORDER BY aq.position`,
    assignmentId,
  );
}

/** The answer key of a lesson's live questions, in lesson order. */
export async function lessonAnswerKey(lessonId: string): Promise<KeyedQuestion[]> {
  return keyQuery(
    `FROM "Question" q WHERE q."lessonId" = $1 AND q."retiredAt" IS NULL ORDER BY q.position`,
    lessonId,
  );
}

async function keyQuery(from: string, id: string): Promise<KeyedQuestion[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<KeyedQuestion>(
      `SELECT q.id, q.type, q.prompt, q.explanation, q.rubric, q."acceptedAnswers",
         COALESCE((SELECT json_agg(json_build_object('text', c.text, 'correct', c.correct, 'feedback', c.feedback)
                   ORDER BY c.position) FROM "Choice" c WHERE c."questionId" = q.id), '[]') AS choices,
         COALESCE((SELECT json_agg(e.text ORDER BY e.position) FROM "EvidenceOption" e
                   WHERE e."questionId" = q.id AND e.start >= q."citationStart" AND e."end" <= q."citationEnd"), '[]')
           AS evidence
       ${from}`,
      [id],
    );
    return rows;
  } finally {
    await client.end();
  }
}
