import type { QuestionInput } from "../../lib/content/schema";
import { citeImportedQuestions } from "../../lib/interchange/citations";
import { auditImported, type ImportAudit } from "../../lib/interchange/import-audit";
import type { ImportedQuestion, LineReport } from "../../lib/interchange/imported-question";
import { CliError } from "./cli-error";
import type { CliIo, Command } from "./commands";
import { parseCliArgs } from "./parse";
import { readQuestionFile } from "./question-formats";
import { teacherIdByEmail } from "./teacher-id";

const HELP = `Usage: npm run --silent cli -- import-questions <file> --format gift|aiken
         [--lesson <id> | --article <slug> --owner <teacher email> [--title <title>] | --dry-run] [--json]

Reads a GIFT (Moodle) or Aiken question file. Questions Lectern has no type for are skipped and listed with their
line and reason; a malformed file (unclosed braces, unknown weights, empty answers, binary data, not UTF-8, over
5 MB) imports nothing. The item audit runs on every import and its warnings are printed.
--dry-run (the default without --lesson or --article) prints {"questions", "skipped", "notes", "audit"} and
writes nothing; with --lesson or --article too, each question carries the citation proposed from that passage.
--lesson <id> adds the questions to that draft lesson as drafts, each citing the sentence of the passage that
shares most words with the question and its key, for the teacher to confirm in the lesson's review.
--article <slug> --owner <email> creates a new draft lesson of that teacher's on the whole article (their own
article, or a shared one once they are approved), titled --title or "<article title>: imported questions",
holding the questions as drafts with proposed citations; a file with no question to import creates nothing.
Exit code 0 when imported, 1 for a malformed file, 2 for a usage mistake.`;

type Report = {
  questions: (ImportedQuestion | QuestionInput)[];
  skipped: LineReport[];
  notes: LineReport[];
  audit: ImportAudit;
};

function printReport(io: CliIo, report: Report, json: boolean, headline: string) {
  if (json) {
    io.out(JSON.stringify(report, null, 2));
    return;
  }
  io.out(headline);
  for (const s of report.skipped) io.out(`  line ${s.line}: skipped: ${s.reason}`);
  for (const n of report.notes) io.out(`  line ${n.line}: note: ${n.reason}`);
  for (const w of report.audit.warnings) io.out(`  question ${w.number}: audit: ${w.warnings.join(" ")}`);
  for (const f of report.audit.failures) io.out(`  audit: ${f}`);
}

type Read = Extract<ReturnType<typeof readQuestionFile>, { ok: true }>;

/** --article: a new draft lesson of the owner's on the whole article, or with --dry-run what it would hold. */
async function importIntoNewLesson(
  io: CliIo,
  values: { article: string; owner?: string; title?: string; "dry-run"?: boolean; json?: boolean },
  read: Read,
  imported: ImportedQuestion[],
) {
  const { usableArticleBySlug } = await import("../../lib/content/article-access");
  const { createImportedLesson, NO_QUESTIONS, wholeArticle } =
    await import("../../lib/content/imported-questions");
  return io.withDatabase(async (db) => {
    const ownerId = await teacherIdByEmail(db, values.owner!);
    if (!ownerId) throw new CliError(`No teacher has the email ${values.owner}.`, 2);
    const article = await usableArticleBySlug(values.article, ownerId);
    if (!article)
      throw new CliError(`No article has the slug "${values.article}" that ${values.owner} may use.`, 2);
    const cited = citeImportedQuestions(imported, article.text, wholeArticle(article.text));
    const report = {
      questions: cited,
      skipped: read.skipped,
      notes: read.notes,
      audit: auditImported(cited, article),
    };
    if (values["dry-run"]) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    if (cited.length === 0) throw new CliError(NO_QUESTIONS);
    const title = values.title?.trim() || `${article.title}: imported questions`;
    const lesson = await createImportedLesson(db, { article, ownerId, title, questions: cited });
    const headline = `Created the draft lesson "${lesson.title}" (${lesson.id}) on "${article.title}" with ${cited.length} draft questions; review their citations before publishing.`;
    printReport(io, report, values.json === true, headline);
    return 0;
  });
}

export const importQuestionsCommand: Command = {
  name: "import-questions",
  usage:
    "import-questions <file> --format gift|aiken [--lesson <id> | --article <slug> --owner <email> | --dry-run]",
  summary: "read GIFT or Aiken questions (prints them, or adds them to a draft lesson as drafts)",
  async run(args, io) {
    const { values, positionals } = parseCliArgs(
      args,
      {
        format: { type: "string" },
        lesson: { type: "string" },
        article: { type: "string" },
        owner: { type: "string" },
        title: { type: "string" },
        "dry-run": { type: "boolean" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      HELP,
    );
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new CliError(`Give exactly one question file.\n\n${HELP}`, 2);
    if (values.lesson && values.article) throw new CliError("Give --lesson or --article, not both.", 2);
    if (values.article && !values.owner) throw new CliError("--article needs --owner <teacher email>.", 2);
    const read = readQuestionFile(positionals[0]!, values.format);
    if (!read.ok) {
      if (values.json) io.out(JSON.stringify({ questions: [], skipped: [], errors: read.errors }, null, 2));
      else for (const e of read.errors) io.err(`line ${e.line}: ${e.reason}`);
      throw new CliError(`${positionals[0]} is malformed: nothing was imported.`);
    }
    const imported = read.questions.map((q) => q.question);
    if (values.article)
      return importIntoNewLesson(io, { ...values, article: values.article }, read, imported);
    const lessonId = values.lesson;
    if (!lessonId) {
      const report = {
        questions: imported,
        skipped: read.skipped,
        notes: read.notes,
        audit: auditImported(imported),
      };
      // A dry run's result is the JSON the issue names; --json only matters to a real import.
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    const { lessonForImport, addImportedQuestions } = await import("../../lib/content/imported-questions");
    const { AppError } = await import("../../lib/errors");
    return io.withDatabase(async (db) => {
      let lesson;
      try {
        lesson = await lessonForImport(db, lessonId);
      } catch (error) {
        if (error instanceof AppError) throw new CliError(`No lesson has the id "${lessonId}".`, 2);
        throw error;
      }
      const cited = citeImportedQuestions(imported, lesson.article.text, {
        start: lesson.passageStart,
        end: lesson.passageEnd,
      });
      const report = {
        questions: cited,
        skipped: read.skipped,
        notes: read.notes,
        audit: auditImported(cited, lesson.article),
      };
      if (values["dry-run"]) {
        io.out(JSON.stringify(report, null, 2));
        return 0;
      }
      try {
        await addImportedQuestions(db, lesson.id, cited);
      } catch (error) {
        if (error instanceof AppError) throw new CliError(error.message);
        throw error;
      }
      const headline = `Added ${cited.length} draft questions to "${lesson.title}" (${lesson.id}); review their citations before publishing.`;
      printReport(io, report, values.json === true, headline);
      return 0;
    });
  },
};
