type Question = { id: string; choiceIds: string[] };

/**
 * The quiz page's autosave as a simulated student sends it: each call is the attempt's next version, cycling over
 * the single-choice questions and their choices, with the choice id sealed for the attempt as the page gets it.
 */
export function autosaveSequence(
  questions: Question[],
  seal: (attemptId: string, choiceId: string) => string,
) {
  const versions = new Map<string, number>();
  return (attemptId: string) => {
    const version = (versions.get(attemptId) ?? 0) + 1;
    versions.set(attemptId, version);
    const q = questions[version % questions.length]!;
    const answer = {
      type: "single_choice",
      choiceId: seal(attemptId, q.choiceIds[version % q.choiceIds.length]!),
    };
    return {
      questionId: q.id,
      version,
      path: `/api/attempts/${attemptId}/answers`,
      body: JSON.stringify({ questionId: q.id, answer, version }),
    };
  };
}
