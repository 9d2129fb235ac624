import "server-only";
import { sql } from "kysely";
import type { ClaimedViewer, Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { parseInput } from "../forms/parse";
import { defineInSentence, readInSentence, wordForms } from "../language/define";
import { pagesDb } from "../sql";
import { readingPlaceOrThrow, type ReadingPlace } from "./lookup-access";
import { lookupSchema } from "./lookup-schema";
import { wordsAskedBy } from "./quiz-words";

export const QUIZ_WORD_MESSAGE = "Not available during this quiz.";

/** What the reader is shown: a definition (the teacher's or WordNet's), or why there is none. */
export type LookupResult =
  | {
      status: "found";
      word: string;
      lemma: string;
      partOfSpeech: string | null;
      definition: string;
      example: string | null;
      fromGlossary: boolean;
    }
  | { status: "unavailable" | "not_found"; word: string; message: string };

/** Whether one of the open attempt's vocabulary questions asks about any form of the word. */
async function asksAbout(assignmentId: string, forms: string[]): Promise<boolean> {
  const prompts = await db.question.findMany({
    where: { skill: "vocabulary", assignmentQuestions: { some: { assignmentId } } },
    select: { prompt: true },
  });
  const asked = new Set(prompts.flatMap((q) => wordsAskedBy(q.prompt).flatMap((w) => wordForms(w))));
  return forms.some((f) => asked.has(f));
}

/** The teacher's entry for the word: the assignment's before the lesson's, the word as read before its lemma. */
async function glossaryEntry(place: ReadingPlace, forms: string[]) {
  const entries = await pagesDb
    .selectFrom("GlossaryEntry")
    .select(["word", "definition", "example", "assignmentId"])
    .where((eb) =>
      eb.and([
        eb("word", "=", eb.fn.any(eb.val(forms))),
        eb.or([
          eb("lessonId", "=", place.lessonId),
          ...(place.assignmentId ? [eb("assignmentId", "=", place.assignmentId)] : []),
        ]),
      ]),
    )
    .execute();
  const rank = (e: (typeof entries)[number]) => (e.assignmentId ? 0 : forms.length) + forms.indexOf(e.word);
  return entries.sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * One more lookup of `word` by the assignment's students; one statement, so concurrent lookups never collide. A
 * tally is not a student's work: its commit does not wait for the disk (synchronous_commit off for this statement's
 * own transaction), so a crash may lose the last fraction of a second of counts, and every lookup saves a flush.
 */
async function countLookup(assignmentId: string, word: string): Promise<void> {
  await pagesDb
    .insertInto("WordLookupCount")
    .columns(["assignmentId", "word", "count"])
    .expression((eb) =>
      eb
        .selectFrom(sql<{ off: string }>`(select set_config('synchronous_commit', 'off', true))`.as("s"))
        .select([eb.val(assignmentId).as("assignmentId"), eb.val(word).as("word"), sql.lit(1).as("count")]),
    )
    .onConflict((oc) =>
      oc.columns(["assignmentId", "word"]).doUpdateSet({
        count: sql`"WordLookupCount"."count" + 1`,
        lastAt: sql`now()`,
      }),
    )
    .execute();
}

/**
 * A reader's lookup: where they may read (lookup-access.ts), then, during an open attempt, nothing for a word the
 * quiz's vocabulary questions ask about (the dictionary never hands out a key), else the teacher's glossary entry,
 * else WordNet's sense for the sentence. A student's lookup of a word that has an answer is counted.
 */
export async function lookUpWord(
  viewer: Viewer | ClaimedViewer | null,
  input: unknown,
): Promise<LookupResult> {
  const { word, sentence, assignmentId, lessonId } = parseInput(lookupSchema, input);
  const place = await readingPlaceOrThrow(viewer, { assignmentId, lessonId });
  const read = readInSentence(word.toLowerCase(), sentence);
  const forms = wordForms(word, sentence, read);
  let result: LookupResult;
  if (place.quizOpen && place.assignmentId && (await asksAbout(place.assignmentId, forms))) {
    result = { status: "unavailable", word, message: QUIZ_WORD_MESSAGE };
  } else {
    const entry = await glossaryEntry(place, forms);
    const found = entry ? null : defineInSentence(word, sentence, read);
    result = entry
      ? {
          status: "found",
          word,
          lemma: entry.word,
          partOfSpeech: null,
          definition: entry.definition,
          example: entry.example,
          fromGlossary: true,
        }
      : found
        ? { status: "found", word, ...found, fromGlossary: false }
        : { status: "not_found", word, message: `No definition found for "${word}".` };
  }
  if (place.counted && place.assignmentId && result.status !== "not_found")
    await countLookup(place.assignmentId, result.status === "found" ? result.lemma : word);
  return result;
}
