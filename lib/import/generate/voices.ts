import type { Sentence } from "./analysis";
import { citeSentence, type Article, type Draft, type Section } from "./article";
import { authorViewClause } from "./author-view";
import { opinionSentence } from "./opinion";
import { opening } from "./where-is";

/** A part that is one writer's letter, or another's reply or response to it. */
const LETTER = /\b(?:letters?|writes)\b/i;
const REPLY = /\b(?:repl(?:y|ies|ied)|respon(?:se|ses|ds|ded)|rebuttal|rejoinder)\b/i;
/** A letter's salutation on a line of its own ("Dear Editor,"). */
const SALUTATION = /(?:^|\n)Dear [^\n]{1,60},?\s*\n/;

/**
 * The parts of a page written by different people: a letter and the reply to it, or two letters (two
 * salutations). Empty when the article has one writer: its first person is then its author's.
 */
export function voiceSections(article: Article): Section[] {
  const voiced = article.sections.filter(
    (x) =>
      !x.introduction &&
      x.sentences.length > 0 &&
      (LETTER.test(x.heading) ||
        REPLY.test(x.heading) ||
        SALUTATION.test(article.text.slice(x.start, x.end))),
  );
  const replied = voiced.some((x) => REPLY.test(x.heading));
  const letters = voiced.filter((x) => SALUTATION.test(article.text.slice(x.start, x.end))).length;
  return voiced.length >= 2 && (replied || letters >= 2) ? voiced : [];
}

/** Whether a transcript gives its sentences to two or more speakers (an interview, a debate). */
export const hasSpeakers = (article: Article) =>
  new Set(article.sentences.flatMap((x) => (x.speaker ? [x.speaker] : []))).size >= 2;

/** The question the voices' open response asks, which the overview's objective follows. */
export const EACH_WRITER = "What view does each writer state?";

const RUBRIC =
  "Views (2 points): 2 states each writer's view accurately in the student's own words; 1 states one of them; 0 neither, or gives one writer's view as the other's. Evidence and comparison (2 points): 2 backs each view with a detail from its own part and says where the two agree or differ; 1 gives details without saying how the views compare, or compares them without details; 0 neither.";

/**
 * A page of two writers (a letter and the editor's reply) has no single "author's own view": the open response
 * asks what each part's writer thinks and how the two compare. The guide gives each part's plainest statement of
 * its writer's view (opinionSentence) in the third person, named by its opening words. Undefined when fewer than
 * two parts state a view.
 */
export function voicesResponse(article: Article, voices: readonly Section[]): Draft | undefined {
  const stated = voices.flatMap((section) => {
    const marked = opinionSentence(section.sentences);
    return marked ? [{ section, sentence: marked.sentence }] : [];
  });
  if (stated.length < 2) return undefined;
  const [a, b] = stated as [Stated, Stated];
  const named = `"${a.section.heading}" and "${b.section.heading}"`;
  return {
    sentences: [],
    question: {
      type: "open_response",
      skill: "perspective",
      points: 4,
      prompt: `The parts ${named} are written by different people. ${EACH_WRITER} Explain each in your own words with a detail from its part, then say where the two views agree or differ.`,
      explanation: `Marking guide: ${[a, b].map(viewOf).join("; ")}. Full credit gives each view in the student's own words, backs each with a detail from its own part, and says where they agree or differ.`,
      citation: citeSentence(a.sentence),
      rubric: RUBRIC,
      choices: [],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}

type Stated = { section: Section; sentence: Sentence };

const viewOf = ({ section, sentence }: Stated) =>
  `in "${section.heading}", the writer's view is that ${authorViewClause(sentence.text, "the writer").replace(/[.!?]$/, "")} (the sentence that begins "${opening(sentence)}")`;
