import { readFileSync } from "node:fs";
import { z } from "zod";
import { importArticleDocument } from "../../lib/content/import-document";
import { articleDocumentSchema } from "../../lib/content/schema";
import { AppError } from "../../lib/errors";
import { CliError } from "./cli-error";
import type { Command } from "./commands";
import { teacherIdByEmail } from "./teacher-id";
import { parseCliArgs } from "./parse";

const HELP = `Usage: npm run --silent cli -- import <file.json> [--owner <teacher email>] [--slug <new slug>]

Reads a lectern.article.v1 document (the export format) and stores the article with its lessons:
shared with every teacher by default, or owned by the teacher given with --owner. --slug stores it
under another slug.`;

function readDocument(file: string, slug: string | undefined) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new CliError(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = articleDocumentSchema.safeParse(raw);
  if (!parsed.success)
    throw new CliError(
      `${file} is not a valid lectern.article.v1 document:\n${z.prettifyError(parsed.error)}`,
    );
  if (slug) parsed.data.article.slug = slug;
  return parsed.data;
}

export const importCommand: Command = {
  name: "import",
  usage: "import <file.json> [--owner <email>]",
  summary: "store an article and its lessons from lectern.article.v1 JSON",
  async run(args, io) {
    const { values, positionals } = parseCliArgs(
      args,
      { owner: { type: "string" }, slug: { type: "string" }, help: { type: "boolean", short: "h" } },
      HELP,
    );
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new CliError(`Give exactly one file.\n\n${HELP}`, 2);
    const doc = readDocument(positionals[0]!, values.slug);
    const stored = await io.withDatabase(async (db) => {
      const ownerId = values.owner ? await teacherIdByEmail(db, values.owner) : null;
      if (values.owner && !ownerId) throw new CliError(`No teacher has the email ${values.owner}.`);
      if (await db.article.findUnique({ where: { slug: doc.article.slug }, select: { id: true } })) {
        throw new CliError(
          `An article with the slug "${doc.article.slug}" exists already; choose another with --slug.`,
        );
      }
      try {
        return await importArticleDocument(db, doc, { ownerId, status: "published" });
      } catch (error) {
        if (error instanceof AppError) throw new CliError(error.message);
        throw error;
      }
    });
    io.err(`Imported "${doc.article.title}" as ${stored.slug} with ${doc.lessons.length} lessons.`);
    return 0;
  },
};
