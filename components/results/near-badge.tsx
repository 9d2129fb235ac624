/**
 * Marks a short answer accepted only through the grader's tolerance (a typo, another form of the word, a longer
 * answer), for the teacher to look at; the hidden words tell screen reader users what "near" means.
 */
export function NearBadge() {
  return (
    <>
      <span className="badge border-amber-700 bg-amber-50 text-amber-900">near</span>
      <span className="sr-only"> (accepted through the grader&apos;s tolerance)</span>
    </>
  );
}
