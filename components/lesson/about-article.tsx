/**
 * The "About this article" note: what kind of text it is (an opinion piece, a report), what it covers and when, and
 * what it does not cite, so a reader weighs its claims knowing that. Nothing when the article has no note.
 * Render it outside other landmarks (directly in <main>): an <aside> inside a named <section> fails axe's
 * landmark-complementary-is-top-level.
 */
export function AboutArticle({ about }: { about: string | null | undefined }) {
  if (!about) return null;
  return (
    <aside
      aria-labelledby="about-article-heading"
      className="mb-6 rounded-lg border border-stone-300 bg-stone-50 p-4"
    >
      <h2 id="about-article-heading" className="text-lg font-semibold">
        About this article
      </h2>
      {about.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i} className="mt-1">
          {paragraph}
        </p>
      ))}
    </aside>
  );
}
