/** "1, 3, 4", each a link to its question on the page. */
export function QuestionLinks({ numbers }: { numbers: number[] }) {
  return numbers.map((n, i) => (
    <span key={n}>
      {i > 0 && ", "}
      <a href={`#question-${n}`}>{n}</a>
    </span>
  ));
}
