import { importQuestionsToNewLesson } from "@/lib/content/question-import";
import { jsonRoute } from "@/lib/http/json-route";

// A route handler, not a server action: a question file may be up to 5 MB, over the actions' 1 MB body.
export const POST = jsonRoute<{ articleId: string }>(({ viewer, params, body }) =>
  importQuestionsToNewLesson(viewer, params.articleId, body),
);
