import Link from "next/link";
import { ArticleQuestionImport } from "@/components/lesson/article-question-import";
import { ArticlePicker } from "@/components/teacher/article-picker";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { findUsableArticleOrThrow, listUsableArticles } from "@/lib/content/article-access";
import { notFoundOnAppError } from "@/lib/http/page-errors";

export const metadata = { title: "Import questions" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * "Import questions" from the lesson library: choose an article (or import a new one), then check a GIFT or
 * Aiken file against it and create a new draft lesson of its questions, reviewed citation by citation.
 */
export default async function ImportQuestionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { q, article: articleId } = await searchParams;
  const viewer = await viewerForPage("teacher");
  if (articleId !== undefined) {
    const { article } = await notFoundOnAppError(findUsableArticleOrThrow(viewer, articleId));
    return (
      <>
        <PageHeader title="Import questions" />
        <p className="mb-4 max-w-prose text-stone-700">
          Into a new draft lesson on <strong>{article.title}</strong>
          {article.byline ? ` by ${article.byline}` : ""}, the whole article its passage.{" "}
          <Link href="/teacher/import-questions">Choose another article</Link>
        </p>
        <ArticleQuestionImport article={{ id: article.id, title: article.title }} />
      </>
    );
  }
  const picker = await listUsableArticles(viewer, q);
  return (
    <>
      <PageHeader title="Import questions" />
      <p className="mb-4 max-w-prose text-stone-700">
        Every question cites its article: choose the article your questions are about, or import it first. The
        questions go into a new draft lesson, and stay drafts until you confirm each one&apos;s citation.
      </p>
      <ArticlePicker picker={picker} />
      <section aria-labelledby="new-article-heading">
        <h2 id="new-article-heading" className="text-xl font-semibold">
          Or import a new article
        </h2>
        <p className="mt-1 max-w-prose">
          Paste or upload it; once it is imported, you continue here with it chosen.{" "}
          <Link href="/teacher/import-questions/new-article">Import a new article</Link>
        </p>
      </section>
    </>
  );
}
