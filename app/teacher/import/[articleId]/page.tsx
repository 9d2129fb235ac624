import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { SKILL_LABELS } from "@/lib/content/schema";
import { fromDbSkill } from "@/lib/content/enum-names";
import { publishDraftLessonAction, rejectDraftQuestionAction } from "@/lib/import/actions";
import { getImportReview } from "@/lib/import/queries";

export const metadata = { title: "Review draft lessons" };

export default async function ImportReviewPage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const article = await getImportReview(await viewerForPage("TEACHER"), articleId);
  return (
    <>
      <PageHeader title={`Review: ${article.title}`} />
      <p className="mb-6 max-w-prose text-stone-700">
        Reject the questions you do not want, edit any in the lesson editor, then publish each lesson.
        Published lessons keep only the questions you did not reject.
      </p>
      {article.lessons.map((lesson) => (
        <section
          key={lesson.id}
          aria-labelledby={`lesson-${lesson.id}`}
          className="mb-8 rounded-lg border border-stone-300 bg-white p-5"
        >
          <h2 id={`lesson-${lesson.id}`} className="text-xl font-semibold">
            {lesson.title}{" "}
            <span className="text-sm font-normal text-stone-600">
              ({lesson.status === "DRAFT" ? "draft" : "published"})
            </span>
          </h2>
          <ol className="mt-3 flex flex-col gap-3">
            {lesson.questions.map((q) => (
              <li key={q.id} className="rounded border border-stone-200 p-3">
                <p className="text-sm text-stone-600">{SKILL_LABELS[fromDbSkill(q.skill)]}</p>
                <p>{q.prompt}</p>
                <p className="mt-1 text-sm text-stone-700">Source: “{q.citationText}”</p>
                {lesson.status === "DRAFT" && (
                  <div className="mt-2 flex gap-3">
                    <form action={rejectDraftQuestionAction}>
                      <input type="hidden" name="id" value={q.id} />
                      <button type="submit" className="underline">
                        Reject
                      </button>
                    </form>
                  </div>
                )}
              </li>
            ))}
          </ol>
          {lesson.status === "DRAFT" && (
            <form action={publishDraftLessonAction} className="mt-4">
              <input type="hidden" name="id" value={lesson.id} />
              <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-white">
                Publish lesson
              </button>
            </form>
          )}
        </section>
      ))}
    </>
  );
}
