import "server-only";
import { z } from "zod";
import { db } from "../db";
import { parseInput } from "../forms/parse";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { storableText } from "../text-schema";
import { requireOwnLesson } from "./lesson-access";

export const LESSON_TITLE_MAX = 200;

const title = storableText()
  .trim()
  .min(1, "Give the lesson a title.")
  .max(LESSON_TITLE_MAX, `Keep the title under ${LESSON_TITLE_MAX} characters.`);

/**
 * A lesson's own words, edited by its owner: the title, the objectives (one a line in the form) and a
 * description. The passage is the article's and is not edited here.
 */
export const lessonDetailsSchema = z.object({
  lessonId: z.string(),
  title,
  objectives: storableText()
    .max(3000, "Keep the objectives under 3,000 characters.")
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ""),
    )
    .pipe(
      z
        .array(z.string().max(300, "Keep each objective under 300 characters."))
        .max(12, "List at most 12 objectives."),
    ),
  description: storableText().trim().max(2000, "Keep the description under 2,000 characters.").default(""),
});

/** Saves the title, objectives and description of a lesson the viewer owns. */
export async function updateLessonDetails(viewer: Viewer | null, input: unknown) {
  // Who is asking before what they sent: a caller who may not edit lessons is refused as such.
  requireTeacher(viewer);
  const data = parseInput(lessonDetailsSchema, input);
  const { lesson } = await requireOwnLesson(viewer, data.lessonId);
  return db.lesson.update({
    where: { id: lesson.id },
    data: { title: data.title, objectives: data.objectives, description: data.description },
    select: { id: true, title: true },
  });
}

/** The name a copy is offered under; the teacher may change it before duplicating. */
export const copyTitle = (source: string) => `Copy of ${source}`.slice(0, LESSON_TITLE_MAX);

/** The name the teacher gave a copy; left out or blank, the copy gets the default name. */
export const copyTitleSchema = z.object({
  title: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), title.optional()),
});
