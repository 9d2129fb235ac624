import type { QuestionInput } from "../../lib/content/schema";
import { citeImportedQuestions } from "../../lib/interchange/citations";
import { auditImported, type ImportAudit } from "../../lib/interchange/import-audit";
import type { ImportedQuestion, LineReport } from "../../lib/interchange/imported-question";
import { CliError } from "./cli-error";
import type { CliIo, Command } from "./commands";
import { parseCliArgs } from "./parse";
import { readQuestionFile } from "./question-formats";

const HELP = `Usage: npm run --silent cli -- import-questions <file> --format gift|aiken [--lesson <id> | --dry-run] [--json]

Reads a GIFT (Moodle) or Aiken question file. Questions Lectern has no type for are skipped and listed with their
line and reason; a malformed file (unclosed braces, unknown weights, empty answers, binary data, not UTF-8, over
5 MB) imports nothing. The item audit runs on every import and its warnings are printed.
--dry-run (the default without --lesson) prints {"questions", "skipped", "notes", "audit"} and writes nothing;
with --lesson too, each question carries the citation proposed from that lesson's passage.
--lesson <id> adds the questions to that draft lesson as drafts, each citing the sentence of the passage that
shares most words with the question and its key, for the teacher to confirm in the lesson's review.
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

export const importQuestionsCommand: Command = {
  name: "import-questions",
  usage: "import-questions <file> --format gift|aiken [--lesson <id> | --dry-run]",
  summary: "read GIFT or Aiken questions (prints them, or adds them to a draft lesson as drafts)",
  async run(args, io) {
    const { values, positionals } = parseCliArgs(
      args,
      {
        format: { type: "string" },
        lesson: { type: "string" },
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
    const read = readQuestionFile(positionals[0]!, values.format);
    if (!read.ok) {
      if (values.json) io.out(JSON.stringify({ questions: [], skipped: [], errors: read.errors }, null, 2));
      else for (const e of read.errors) io.err(`line ${e.line}: ${e.reason}`);
      throw new CliError(`${positionals[0]} is malformed: nothing was imported.`);
    }
    const imported = read.questions.map((q) => q.question);
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
