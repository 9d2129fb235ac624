import { exportArticleDocument } from "../../lib/content/export-document";
import type { QuestionInput } from "../../lib/content/schema";
import { shortAnswerKey } from "../../lib/grading/short-answer/key";
import { matchShortAnswer, type ShortAnswerMatch } from "../../lib/grading/short-answer/match";
import { normalizeShortAnswer } from "../../lib/grading/short-answer/normalize";
import { CliError } from "./cli-error";
import type { Command } from "./commands";
import { teacherIdByEmail } from "./teacher-id";
import { parseCliArgs } from "./parse";

const HELP = `Usage: npm run --silent cli -- try-answer --article <slug> --question <n> --answer "<text>" [--owner <teacher email>]

Grades an answer to question n of the article (counted from 1 across its lessons, in export order) as a
student's would be graded, and prints {"correct", "near", "matched"} as JSON. A short answer is graded by
meaning; for a single-choice or true/false question, give a choice's text. With --owner, that teacher's own
lessons of the article are counted too, as export counts them.`;

/** The grade of `text` as an answer to question `n`, `q`; a question not answered in words is a usage error. */
function tryAnswer(q: QuestionInput, text: string, articleText: string, n: number): ShortAnswerMatch {
  if (q.type === "short_answer") {
    const key = shortAnswerKey(
      { acceptedAnswers: q.acceptedAnswers, rejectedAnswers: q.rejectedAnswers ?? [] },
      articleText,
    );
    return matchShortAnswer(text, key);
  }
  if (q.type === "single_choice" || q.type === "true_false") {
    const picked = q.choices.find((c) => normalizeShortAnswer(c.text) === normalizeShortAnswer(text));
    if (!picked) {
      const choices = q.choices.map((c) => JSON.stringify(c.text)).join(", ");
      throw new CliError(`"${text}" is not a choice of question ${n}; its choices are ${choices}.`, 2);
    }
    return { correct: picked.correct, near: false, matched: picked.correct ? picked.text : null };
  }
  throw new CliError(
    `Question ${n} is a ${q.type.replace("_", " ")} question: try-answer grades short answers and single-choice or true/false choices.`,
    2,
  );
}

export const tryAnswerCommand: Command = {
  name: "try-answer",
  usage: 'try-answer --article <slug> --question <n> --answer "<text>"',
  summary: "grade an answer to one of an article's questions, as a student's would be",
  async run(args, io) {
    const { values } = parseCliArgs(
      args,
      {
        article: { type: "string" },
        question: { type: "string" },
        answer: { type: "string" },
        owner: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      HELP,
    );
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const { article: slug, answer } = values;
    if (!slug) throw new CliError("--article <slug> is required (see --help).", 2);
    if (answer === undefined) throw new CliError('--answer "<text>" is required (see --help).', 2);
    const n = Number(values.question);
    if (!/^\d+$/.test(values.question ?? "") || n < 1) {
      throw new CliError(
        `--question takes a question number counted from 1, not "${values.question ?? ""}".`,
        2,
      );
    }
    const doc = await io.withDatabase(async (db) => {
      const ownerId = values.owner ? await teacherIdByEmail(db, values.owner) : null;
      if (values.owner && !ownerId) throw new CliError(`No teacher has the email ${values.owner}.`, 2);
      return exportArticleDocument(db, slug, ownerId);
    });
    if (!doc) throw new CliError(`No article has the slug "${slug}".`, 2);
    const questions = doc.lessons.flatMap((l) => l.questions);
    const q = questions[n - 1];
    if (!q)
      throw new CliError(`The article has ${questions.length} questions; there is no question ${n}.`, 2);
    io.out(JSON.stringify(tryAnswer(q, answer, doc.article.text, n)));
    return 0;
  },
};
