import { readFileSync } from "node:fs";
import { auditDocument } from "../../lib/content/audit/audit";
import { formatAuditReport } from "../../lib/content/audit/report-format";
import { CURATED_MAX_ADVANTAGE, DRAFT_MAX_ADVANTAGE } from "../../lib/content/audit/thresholds";
import { articleDocumentSchema, type ArticleDocument } from "../../lib/content/schema";
import { CliError } from "./cli-error";
import type { CliIo, Command } from "./commands";
import { parseCliArgs } from "./parse";
import { teacherIdByEmail } from "./teacher-id";

const HELP = `Usage: npm run --silent cli -- audit (--article <slug> [--owner <teacher email>] | <file.json>)
                                      [--format text|json] [--max-advantage <points>] [--strict]

Audits an article's questions: what passage-blind strategies (longest option, always False, ...) score against
guessing, where the keys sit, stems asked twice, sentences cited too often or never, citations too long.
--article reads the shared lessons from the database (with --owner, that teacher's own lessons too); a file is
any lectern.article.v1 document, such as prisma/content/*.json or the output of export or import-article.
--max-advantage is how many points of the closed points the best strategy may beat guessing by:
${CURATED_MAX_ADVANTAGE} (the default) for curated lessons, ${DRAFT_MAX_ADVANTAGE} for generated drafts.
Exit code 0 when the audit ran, whatever its verdict; with --strict, 1 when the set fails a threshold.
Bad input (no such file or article, invalid JSON or document) exits 2.`;

function readDocumentFile(file: string): ArticleDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`No such file: ${file}`, 2);
    throw new CliError(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : error}`, 2);
  }
  const parsed = articleDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join(".")}` : "";
    throw new CliError(
      `${file} is not a lectern.article.v1 document: ${first?.message ?? "invalid"}${where}`,
      2,
    );
  }
  return parsed.data;
}

async function readDocumentFromDatabase(
  io: CliIo,
  slug: string,
  owner: string | undefined,
): Promise<ArticleDocument> {
  // Loaded only here: auditing a file needs no database.
  const { exportArticleDocument } = await import("../../lib/content/export-document");
  const doc = await io.withDatabase(async (db) => {
    const ownerId = owner ? await teacherIdByEmail(db, owner) : null;
    if (owner && !ownerId) throw new CliError(`No teacher has the email ${owner}.`, 2);
    return exportArticleDocument(db, slug, ownerId);
  });
  if (!doc) throw new CliError(`No article has the slug "${slug}".`, 2);
  return doc;
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return CURATED_MAX_ADVANTAGE;
  const limit = Number(value);
  if (value.trim() === "" || !Number.isFinite(limit) || limit < 0)
    throw new CliError(`--max-advantage takes a number of points, not "${value}".`, 2);
  return limit;
}

export const auditCommand: Command = {
  name: "audit",
  usage: "audit (--article <slug> | <file.json>) [--format json]",
  summary: "audit an article's questions for what they give away without the passage",
  async run(args, io) {
    const { values, positionals } = parseCliArgs(
      args,
      {
        article: { type: "string" },
        owner: { type: "string" },
        format: { type: "string", default: "text" },
        "max-advantage": { type: "string" },
        strict: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      HELP,
    );
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (values.format !== "text" && values.format !== "json")
      throw new CliError(`Unsupported format "${values.format}": text or json.`, 2);
    if (Boolean(values.article) === (positionals.length === 1) || positionals.length > 1)
      throw new CliError(`Give either --article <slug> or one file.\n\n${HELP}`, 2);
    if (values.owner && !values.article) throw new CliError("--owner goes with --article.", 2);
    const maxAdvantage = parseLimit(values["max-advantage"]);
    const doc = values.article
      ? await readDocumentFromDatabase(io, values.article, values.owner)
      : readDocumentFile(positionals[0]!);
    const report = auditDocument(doc, { maxAdvantage });
    io.out(values.format === "json" ? JSON.stringify(report, null, 2) : formatAuditReport(report));
    return values.strict && !report.verdict.passes ? 1 : 0;
  },
};
