import { describe, expect, it } from "vitest";
import { articleDocumentSchema } from "../../lib/content/schema";
import { db } from "../../lib/db";
import { runCliInProcess } from "../support/cli";
import { createTeacher } from "../support/factories";

/** Runs the command line in this process against this test file's database. */
const cli = (...args: string[]) => runCliInProcess(db, ...args);

const file = "tests/unit/fixtures/articles/city-bikes.md";

describe("cli import-article", () => {
  it("prints a valid document without writing, and --save stores drafts owned by the teacher", async () => {
    const before = await db.article.count();
    const printed = await cli("import-article", file, "--format", "json");
    expect(printed.code, printed.stderr).toBe(0);
    const doc = articleDocumentSchema.parse(JSON.parse(printed.stdout));
    expect(await db.article.count()).toBe(before);

    const teacher = await createTeacher();
    const { email } = await db.user.findUniqueOrThrow({ where: { id: teacher.id }, select: { email: true } });
    const saved = await cli("import-article", file, "--save", "--owner", email ?? "");
    expect(saved.code, saved.stderr).toBe(0);
    const article = await db.article.findFirstOrThrow({
      where: { ownerId: teacher.id },
      include: { lessons: true },
    });
    expect(article.title).toBe(doc.article.title);
    expect(article.lessons.map((l) => l.status)).toEqual(doc.lessons.map(() => "draft"));
  });

  it("answers usage errors with exit code 2 and failures with 1, in one line", async () => {
    expect((await cli("import-article")).code).toBe(2);
    expect((await cli("import-article", file, "--save")).code).toBe(2);
    const pdf = await cli("import-article", "article.pdf");
    expect(pdf.code).toBe(1);
    expect(pdf.stderr.trim()).toBe('error: Unsupported file type ".pdf": use .txt, .md or .html.');
  });
});
