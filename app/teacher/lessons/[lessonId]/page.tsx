import Link from "next/link";
import { AnswerKeyList } from "@/components/lesson/answer-key-list";
import { keyCitationId, keyQuestionId } from "@/components/lesson/key-anchors";
import { AboutArticle } from "@/components/lesson/about-article";
import { ItemAuditPanel } from "@/components/lesson/item-audit-panel";
import { CitedPassage } from "@/components/lesson/cited-passage";
import { QuestionExportLinks } from "@/components/lesson/question-export-links";
import { QuestionImportForm } from "@/components/lesson/question-import-form";
import { AssignLessonLinks } from "@/components/teacher/assign-lesson-links";
import { DuplicateLessonForm } from "@/components/teacher/duplicate-lesson-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { listTeacherClasses } from "@/lib/classes/queries";
import { getLessonAuditOrThrow } from "@/lib/content/audit-queries";
import { toPassageCitation } from "@/lib/content/passage-citations";
import { getLessonForTeacherOrThrow } from "@/lib/content/queries";
import { notFoundOnAppError } from "@/lib/http/page-errors";

export const metadata = { title: "Lesson" };

export default async function TeacherLessonPage({ params }: { params: Promise<{ lessonId: string }> }) {
  const { lessonId } = await params;
  const viewer = await viewerForPage("teacher");
  const [lesson, audit, classes] = await notFoundOnAppError(
    Promise.all([
      getLessonForTeacherOrThrow(viewer, lessonId),
      getLessonAuditOrThrow(viewer, lessonId),
      listTeacherClasses(viewer),
    ]),
  );
  const citations = lesson.questions.map((q, i) => ({
    ...toPassageCitation(q.id, q, lesson.passageStart),
    anchorId: keyCitationId(i + 1),
    label: `Question ${i + 1}`,
    backHref: `#${keyQuestionId(i + 1)}`,
  }));
  return (
    <>
      <PageHeader title={lesson.title}>
        <div className="flex flex-wrap gap-3">
          <Link href={`/teacher/lessons/${lesson.id}/preview`} className={buttonClass("secondary")}>
            Preview as student
          </Link>
          <Link href={`/teacher/lessons/${lesson.id}/print`} className={buttonClass("secondary")}>
            Print
          </Link>
          {lesson.editable && (
            <Link href={`/teacher/lessons/${lesson.id}/edit`} className={buttonClass("primary")}>
              Edit lesson
            </Link>
          )}
          {lesson.editable && lesson.status === "draft" && (
            <Link href={`/teacher/lessons/${lesson.id}/review`} className={buttonClass("secondary")}>
              Review and publish
            </Link>
          )}
          <DuplicateLessonForm lessonId={lesson.id} title={lesson.title} />
        </div>
      </PageHeader>
      <p className="mb-4 text-stone-700">
        From “{lesson.article.title}” by {lesson.article.byline} · about {lesson.readingMinutes} min reading
        {lesson.editable ? " · My lesson" : " · Shared demo lesson (read-only: duplicate it to edit a copy)"}
      </p>
      {lesson.description && <p className="mb-4 max-w-prose whitespace-pre-line">{lesson.description}</p>}
      <AboutArticle about={lesson.article.about} />
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
      <AssignLessonLinks
        lessonId={lesson.id}
        published={lesson.status === "published"}
        classes={classes.map((c) => ({ id: c.id, name: c.name }))}
      />
      <ItemAuditPanel audit={audit} />
      {lesson.editable && <QuestionImportForm lessonId={lesson.id} />}
      <QuestionExportLinks lessonId={lesson.id} questions={lesson.questions} />
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="passage-heading">
          <h2 id="passage-heading" className="mb-2 text-xl font-semibold">
            Passage
          </h2>
          <p className="mb-3 text-sm text-stone-700">
            Highlighted sentences are the citations; each starts with the number of its question.
          </p>
          <CitedPassage text={lesson.passage} citations={citations} headingLevel={3} />
        </section>
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="mb-2 text-xl font-semibold">
            Questions and answers
          </h2>
          <AnswerKeyList lessonId={lesson.id} questions={lesson.questions} warnings={audit.warnings} />
        </section>
      </div>
    </>
  );
}
