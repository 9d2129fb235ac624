/**
 * The item audit's warnings on one question (what may give it away, or that it repeats another), shown beside
 * it. A note rather than an <aside>: it sits inside named sections, where a complementary landmark fails axe.
 * Plain strings in, no audit code: the editor's client components render it too. Each warning is a paragraph,
 * not a list item: the note sits inside question lists, whose items pages and tests count.
 */
export function AuditNote({
  warnings,
  label,
  title = "Item audit",
}: {
  warnings: readonly string[] | undefined;
  /** Names the note for screen readers, e.g. "Item audit of question 3". */
  label: string;
  title?: string;
}) {
  if (!warnings || warnings.length === 0) return null;
  return (
    <div
      role="note"
      aria-label={label}
      className="mt-2 rounded-md border border-amber-600 bg-amber-50 p-3 text-sm"
    >
      <p className="font-semibold">{title}</p>
      {warnings.map((w) => (
        <p key={w} className="mt-1">
          {w}
        </p>
      ))}
    </div>
  );
}
