import { ImportArticleForm } from "@/components/teacher/import-article-form";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";

export const metadata = { title: "Import an article" };

export default async function ImportArticlePage() {
  await viewerForPage("teacher");
  return (
    <>
      <PageHeader title="Import an article" />
      <p className="mb-4 max-w-prose text-stone-700">
        Lectern finds the title, byline and sections, and drafts a lesson per section plus an overview. Every
        question cites the sentence it came from; nothing is published until you review it.
      </p>
      <ImportArticleForm />
    </>
  );
}
