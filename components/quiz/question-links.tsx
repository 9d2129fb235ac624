/** "question 3" or "questions 1, 3, 4", each number a link to its question on the page. */
export function QuestionLinks({ numbers }: { numbers: number[] }) {
  return (
    <>
      {numbers.length === 1 ? "question " : "questions "}
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && ", "}
          <a href={`#question-${n}`}>{n}</a>
        </span>
      ))}
    </>
  );
}
