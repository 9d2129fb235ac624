import { Passage } from "@/components/lesson/passage";
import { AnswerKeyList } from "@/components/lesson/answer-key-list";
import { DuplicateLessonForm } from "@/components/teacher/duplicate-lesson-form";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getLessonForTeacherOrThrow } from "@/lib/content/queries";
import { notFoundOnAppError } from "@/lib/http/page-errors";

export const metadata = { title: "Lesson" };

export default async function TeacherLessonPage({ params }: { params: Promise<{ lessonId: string }> }) {
  const { lessonId } = await params;
  const lesson = await notFoundOnAppError(
    getLessonForTeacherOrThrow(await viewerForPage("TEACHER"), lessonId),
  );
  return (
    <>
      <PageHeader title={lesson.title}>
        <DuplicateLessonForm lessonId={lesson.id} />
      </PageHeader>
      <p className="mb-4 text-stone-700">
        From “{lesson.article.title}” by {lesson.article.byline} · about {lesson.readingMinutes} min reading
      </p>
      <section aria-labelledby="objectives" className="mb-8">
        <h2 id="objectives" className="text-xl font-semibold">
          Learning objectives
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {lesson.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="passage-heading">
          <h2 id="passage-heading" className="mb-2 text-xl font-semibold">
            Passage
          </h2>
          <Passage text={lesson.passage} headingLevel={3} />
        </section>
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="mb-2 text-xl font-semibold">
            Questions and answers
          </h2>
          <AnswerKeyList questions={lesson.questions} />
        </section>
      </div>
    </>
  );
}
