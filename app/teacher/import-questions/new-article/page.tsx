import Link from "next/link";
import { ImportArticleForm } from "@/components/teacher/import-article-form";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";

export const metadata = { title: "Import questions: a new article" };

/** The article import inside "Import questions": once the article is stored, the questions step follows. */
export default async function NewArticleForQuestionsPage() {
  await viewerForPage("teacher");
  return (
    <>
      <p className="mb-2">
        <Link href="/teacher/import-questions">← Choose an article instead</Link>
      </p>
      <PageHeader title="Import questions: a new article" />
      <p className="mb-4 max-w-prose text-stone-700">
        Your questions will cite this article. Lectern finds its title, byline and sections and drafts lessons
        of its own too (you review them later, from the library); then you import your question file.
      </p>
      <ImportArticleForm continueToQuestions />
    </>
  );
}
