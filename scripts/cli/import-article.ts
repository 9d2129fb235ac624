import { readFileSync, statSync } from "node:fs";
import { buildDocument } from "../../lib/import/build-document";
import { ImportError, MAX_INPUT_BYTES, TOO_LARGE_INPUT } from "../../lib/import/parsed-article";
import { kindFromFileName, readArticle } from "../../lib/import/read-text";
import { CliError } from "./cli-error";
import type { Command } from "./commands";
import { teacherIdByEmail } from "./teacher-id";
import { parseCliArgs } from "./parse";

const HELP = `Usage: npm run --silent cli -- import-article <file.txt|.md|.html> [--format json] [--save --owner <teacher email>]

Reads an article, finds its title, byline and sections, and generates draft lessons as lectern.article.v1 JSON.
Without --save nothing is written; with --save the lessons are stored as drafts owned by that teacher.`;

export const importArticleCommand: Command = {
  name: "import-article",
  usage: "import-article <file> --format json [--save --owner <email>]",
  summary: "turn an article file into draft lessons (prints JSON, or stores drafts with --save)",
  async run(args, io) {
    const { values, positionals } = parseCliArgs(
      args,
      {
        format: { type: "string", default: "json" },
        save: { type: "boolean" },
        owner: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      HELP,
    );
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const file = positionals[0];
    if (!file) throw new CliError(`An article file is required.\n\n${HELP}`, 2);
    if (values.format !== "json") throw new CliError(`Unsupported format "${values.format}": only json.`, 2);
    if (values.save && !values.owner) throw new CliError("--save needs --owner <teacher email>.", 2);
    let doc;
    try {
      const kind = kindFromFileName(file);
      if (statSync(file).size > MAX_INPUT_BYTES) throw new ImportError(TOO_LARGE_INPUT);
      doc = buildDocument(readArticle(readFileSync(file, "utf8"), kind));
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(error.message);
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new CliError(`No such file: ${file}`);
      throw error;
    }
    if (!values.save) {
      io.out(JSON.stringify(doc, null, 2));
      return 0;
    }
    const owner = values.owner!;
    const saved = await io.withDatabase(async (db) => {
      const ownerId = await teacherIdByEmail(db, owner);
      if (!ownerId) throw new CliError(`No teacher has the email ${owner}.`);
      // Slugs are unique: add a numeric suffix when the title's slug is taken.
      let slug = doc.article.slug;
      for (let n = 2; await db.article.findUnique({ where: { slug }, select: { id: true } }); n++)
        slug = `${doc.article.slug}-${n}`;
      const { importArticleDocument } = await import("../../lib/content/import-document");
      await importArticleDocument(
        db,
        { ...doc, article: { ...doc.article, slug } },
        { ownerId, status: "draft" },
      );
      return slug;
    });
    io.out(`Stored "${doc.article.title}" as ${saved} with ${doc.lessons.length} draft lessons.`);
    return 0;
  },
};
