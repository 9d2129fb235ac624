import Link from "next/link";
import { LibraryFilterForm } from "@/components/teacher/library-filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { mayUseSharedLessons } from "@/lib/content/lesson-access";
import { libraryFilterFrom } from "@/lib/content/library-filter";
import { listLibraryLessons } from "@/lib/content/queries";

export const metadata = { title: "Lesson library" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LessonLibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const filter = libraryFilterFrom(await searchParams);
  const viewer = await viewerForPage("teacher");
  const [lessons, approved] = await Promise.all([
    listLibraryLessons(viewer, filter),
    mayUseSharedLessons(viewer),
  ]);
  const filtered = Boolean(filter.skill || filter.type);
  return (
    <>
      <PageHeader title="Lesson library">
        <div className="flex flex-wrap gap-4">
          <Link href="/teacher/import" className="underline">
            Import an article
          </Link>
          <Link href="/teacher/import-questions" className="underline">
            Import questions
          </Link>
        </div>
      </PageHeader>
      {!approved && (
        <p className="mb-4 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
          Your account is waiting for a school administrator&apos;s approval; until then you can use lessons
          you create or import.
        </p>
      )}
      <LibraryFilterForm filter={filter} />
      <p role="status" className="mb-3 text-stone-700">
        {lessons.length} lesson{lessons.length === 1 ? "" : "s"}
        {filtered ? " match the filter" : ""}
      </p>
      <ul className="grid gap-3 md:grid-cols-2">
        {lessons.map((l) => (
          <li key={l.id} className="rounded-lg border border-stone-300 bg-white p-4">
            <Link href={`/teacher/lessons/${l.id}`} className="text-lg font-semibold">
              {l.title}
            </Link>
            <p className="mt-1 text-stone-700">
              From “{l.article.title}”{l.article.byline ? ` by ${l.article.byline}` : ""}
            </p>
            <p className="mt-1 text-sm text-stone-700">
              {l.questionCount} questions{filtered ? ` (${l.matchingCount} matching)` : ""} · about{" "}
              {l.readingMinutes} min reading
              {l.shared ? " · Shared demo lesson" : " · My lesson"}
              {l.status === "draft" ? " · Draft" : ""}
            </p>
            {l.status === "draft" && !l.shared && (
              <Link
                href={
                  l.ownArticle
                    ? `/teacher/import/${l.articleId}#lesson-${l.id}`
                    : `/teacher/lessons/${l.id}/review`
                }
                className="mt-2 inline-block"
              >
                {l.reviewCount > 0 ? `Drafts to review (${l.reviewCount})` : "Review and publish"}
                <span className="sr-only">: {l.title}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
