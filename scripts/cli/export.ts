import { exportArticleDocument } from "../../lib/content/export-document";
import { CliError } from "./cli-error";
import type { Command } from "./commands";
import { teacherIdByEmail } from "./teacher-id";
import { parseCliArgs } from "./parse";

const HELP = `Usage: npm run --silent cli -- export --article <slug> [--format json] [--owner <teacher email>]

Prints the article and its shared lessons as lectern.article.v1 JSON; with --owner, that teacher's own
lessons of the article too.`;

export const exportCommand: Command = {
  name: "export",
  usage: "export --article <slug> --format json",
  summary: "print an article and its lessons as lectern.article.v1 JSON",
  async run(args, io) {
    const { values } = parseCliArgs(
      args,
      {
        article: { type: "string" },
        format: { type: "string", default: "json" },
        owner: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      HELP,
    );
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (!values.article) throw new CliError(`--article <slug> is required.\n\n${HELP}`, 2);
    if (values.format !== "json") throw new CliError(`Unsupported format "${values.format}": only json.`, 2);
    const slug = values.article;
    const doc = await io.withDatabase(async (db) => {
      const ownerId = values.owner ? await teacherIdByEmail(db, values.owner) : null;
      if (values.owner && !ownerId) throw new CliError(`No teacher has the email ${values.owner}.`);
      return exportArticleDocument(db, slug, ownerId);
    });
    if (!doc) throw new CliError(`No article has the slug "${slug}".`);
    io.out(JSON.stringify(doc, null, 2));
    return 0;
  },
};
