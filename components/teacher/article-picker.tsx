import Link from "next/link";
import { buttonClass } from "../ui/button";

type Picker = {
  search: string;
  articles: { id: string; title: string; byline: string; own: boolean }[];
  more: boolean;
};

/**
 * The articles step of "Import questions": the articles the teacher may build lessons from, searched by title
 * with a plain GET form (works without JavaScript), each a link to the questions step with it chosen.
 */
export function ArticlePicker({ picker }: { picker: Picker }) {
  const { search, articles } = picker;
  return (
    <section aria-labelledby="pick-article-heading" className="mb-8">
      <h2 id="pick-article-heading" className="text-xl font-semibold">
        Choose an article
      </h2>
      <form
        method="get"
        action="/teacher/import-questions"
        role="search"
        aria-label="Search articles"
        className="mt-2 mb-4 flex flex-wrap items-end gap-3"
      >
        <label className="flex flex-col">
          Title contains
          <input
            name="q"
            type="search"
            defaultValue={search}
            maxLength={200}
            className="mt-1 min-h-11 rounded-md border border-stone-400 px-3 py-2"
          />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </form>
      <p role="status" className="mb-3 text-stone-700">
        {articles.length === 0
          ? `No article${search ? ` with “${search}” in its title` : ""} yet: import a new one below.`
          : `${picker.more ? "The first " : ""}${articles.length} article${articles.length === 1 ? "" : "s"}${search ? ` with “${search}” in the title` : ""}`}
      </p>
      <ul className="grid gap-3 md:grid-cols-2">
        {articles.map((a) => (
          <li key={a.id} className="rounded-lg border border-stone-300 bg-white p-4">
            <p className="text-lg font-semibold break-words">{a.title}</p>
            <p className="mt-1 text-sm text-stone-700">
              {a.byline ? `${a.byline} · ` : ""}
              {a.own ? "My article" : "Shared article"}
            </p>
            <Link
              href={`/teacher/import-questions?article=${a.id}`}
              aria-label={`Use this article: ${a.title}`}
              className="mt-2 inline-block"
            >
              Use this article
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
