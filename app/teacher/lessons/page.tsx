import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { listLibraryLessons } from "@/lib/content/queries";

export const metadata = { title: "Lesson library" };

export default async function LessonLibraryPage() {
  const lessons = await listLibraryLessons(await viewerForPage("TEACHER"));
  return (
    <>
      <PageHeader title="Lesson library">
        <Link href="/teacher/import" className="underline">
          Import an article
        </Link>
      </PageHeader>
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
              {l.questionCount} questions · about {l.readingMinutes} min reading
              {l.shared ? " · Shared demo lesson" : ""}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
