import Link from "next/link";
import { StudentReading } from "@/components/lesson/student-reading";
import { ReadingSurface } from "@/components/reading/display-settings-surface";
import { ReadingTools } from "@/components/reading/display-settings-tools";
import { PreviewQuestions } from "@/components/quiz/preview-questions";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getLessonPreviewOrThrow } from "@/lib/content/preview-queries";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { APP_DEFAULTS } from "@/lib/reading/preferences-rules";

export const metadata = { title: "Preview as student" };

export default async function LessonPreviewPage({ params }: { params: Promise<{ lessonId: string }> }) {
  const { lessonId } = await params;
  const lesson = await notFoundOnAppError(getLessonPreviewOrThrow(await viewerForPage("teacher"), lessonId));
  return (
    <>
      <PageHeader title={lesson.title} />
      <p role="note" className="-mt-4 mb-6 rounded-md border border-blue-800 bg-blue-50 p-3">
        Preview: this is what a student sees. Answers you give here are not saved.{" "}
        <Link href={`/teacher/lessons/${lesson.id}`}>Back to the lesson</Link>
      </p>
      <div className="grid gap-10 lg:grid-cols-2">
        {/* The student's Listen and Display tools, tried out here: nothing the teacher changes is saved. */}
        <ReadingSurface initial={APP_DEFAULTS} persist={false}>
          <StudentReading
            objectives={lesson.objectives}
            passage={lesson.passage}
            about={lesson.article.about}
            lookup={{ lessonId: lesson.id }}
            tools={<ReadingTools />}
          />
        </ReadingSurface>
        <section aria-labelledby="quiz-heading">
          <h2 id="quiz-heading" className="mb-2 text-xl font-semibold">
            Questions
          </h2>
          <PreviewQuestions questions={lesson.questions} />
        </section>
      </div>
    </>
  );
}
