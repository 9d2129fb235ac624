import { writeFileSync } from "node:fs";
import type { QuestionInput } from "../../lib/content/schema";
import type { ExportSkip } from "../../lib/interchange/export-report";
import {
  EXPORT_FORMATS as FORMATS,
  exportQuestions,
  isExportFormat,
} from "../../lib/interchange/export-formats";
import { sheetToXlsx } from "../../lib/interchange/xlsx-workbook";
import { CliError } from "./cli-error";
import type { CliIo, Command } from "./commands";
import { parseCliArgs } from "./parse";
import { teacherIdByEmail } from "./teacher-id";

const HELP = `Usage: npm run --silent cli -- export-questions (--article <slug> [--owner <teacher email>] | --lesson <id>)
                                      --format gift|aiken|xlsx-kahoot|xlsx-quizizz [--out <file.xlsx>]

Writes a lesson's questions (or an article's, lesson after lesson: its shared lessons, and with --owner that
teacher's own) for another tool: GIFT (Moodle) or Aiken to standard output; a Kahoot or Wayground (Quizizz)
spreadsheet to the --out file. Questions a format cannot hold, or whose text is over the game's limits, are left
out and listed on standard error with their number and reason; nothing is cut to fit.`;

type Source = { title: string; questions: QuestionInput[] };

async function readSource(io: CliIo, values: { article?: string; lesson?: string; owner?: string }) {
  const { exportArticleDocument, documentLessonSelect } = await import("../../lib/content/export-document");
  const { questionInputOf } = await import("../../lib/content/question-data");
  return io.withDatabase(async (db): Promise<Source> => {
    if (values.lesson) {
      const lesson = await db.lesson.findUnique({
        where: { id: values.lesson },
        select: documentLessonSelect,
      });
      if (!lesson) throw new CliError(`No lesson has the id "${values.lesson}".`, 2);
      return { title: lesson.title, questions: lesson.questions.map(questionInputOf) };
    }
    const ownerId = values.owner ? await teacherIdByEmail(db, values.owner) : null;
    if (values.owner && !ownerId) throw new CliError(`No teacher has the email ${values.owner}.`, 2);
    const doc = await exportArticleDocument(db, values.article!, ownerId);
    if (!doc) throw new CliError(`No article has the slug "${values.article}".`, 2);
    return { title: doc.article.title, questions: doc.lessons.flatMap((l) => l.questions) };
  });
}

const reportSkips = (io: CliIo, skipped: ExportSkip[]) =>
  skipped.forEach((s) => io.err(`question ${s.number} left out: ${s.reason}`));

export const exportQuestionsCommand: Command = {
  name: "export-questions",
  usage: "export-questions (--article <slug> | --lesson <id>) --format gift|aiken|xlsx-kahoot|xlsx-quizizz",
  summary: "write questions as GIFT or Aiken, or a Kahoot or Wayground (Quizizz) spreadsheet",
  async run(args, io) {
    const { values } = parseCliArgs(
      args,
      {
        article: { type: "string" },
        lesson: { type: "string" },
        owner: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      HELP,
    );
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (Boolean(values.article) === Boolean(values.lesson))
      throw new CliError(`Give either --article <slug> or --lesson <id>.\n\n${HELP}`, 2);
    if (values.owner && !values.article) throw new CliError("--owner goes with --article.", 2);
    const format = values.format;
    if (!isExportFormat(format)) throw new CliError(`--format takes ${FORMATS.join(", ")}.`, 2);
    const xlsx = format.startsWith("xlsx-");
    if (xlsx && !values.out) throw new CliError("A spreadsheet needs --out <file.xlsx>.", 2);
    if (!xlsx && values.out)
      throw new CliError("GIFT and Aiken go to standard output; --out is for xlsx.", 2);
    const source = await readSource(io, values);
    const exported = exportQuestions(source.questions, format, source.title);
    if (exported.kind === "sheet") {
      writeFileSync(values.out!, await sheetToXlsx(exported.sheet));
      reportSkips(io, exported.skipped);
      io.err(`Wrote ${exported.sheet.rows.length} of ${source.questions.length} questions to ${values.out}.`);
      return 0;
    }
    io.out(exported.text.replace(/\n$/, ""));
    reportSkips(io, exported.skipped);
    return 0;
  },
};
