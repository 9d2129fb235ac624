import { blankQuestion } from "@/components/editor/blank-question";
import { QuestionEditor } from "@/components/editor/question-editor";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getLessonForEditorOrThrow } from "@/lib/content/editor-queries";
import { QUESTION_TYPES, type QuestionType } from "@/lib/content/schema";
import { notFoundOnAppError, redirectOnForbidden } from "@/lib/http/page-errors";

export const metadata = { title: "New question" };

type Props = {
  params: Promise<{ lessonId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function NewQuestionPage({ params, searchParams }: Props) {
  const { lessonId } = await params;
  const { type } = await searchParams;
  const lesson = await notFoundOnAppError(
    redirectOnForbidden(
      getLessonForEditorOrThrow(await viewerForPage("teacher"), lessonId),
      `/teacher/lessons/${lessonId}`,
    ),
  );
  // An unknown type in the URL starts a single-choice question rather than failing.
  const start = QUESTION_TYPES.includes(type as QuestionType) ? (type as QuestionType) : "single_choice";
  return (
    <>
      <PageHeader title={`New question: ${lesson.title}`} />
      <QuestionEditor
        lessonId={lesson.id}
        questionId={null}
        passage={lesson.passage}
        sentences={lesson.sentences}
        initial={blankQuestion(start)}
      />
    </>
  );
}
