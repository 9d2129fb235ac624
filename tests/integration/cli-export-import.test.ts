import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleDocumentSchema, type ArticleDocument } from "../../lib/content/schema";
import { db } from "../../lib/db";
import { DEMO_ARTICLE_SLUG } from "../../lib/seed/demo-accounts";
import { runCliInProcess } from "../support/cli";
import { ensureDemoContent } from "../support/factories";

/** Runs the command line in this process against this test file's database. */
const cli = (...args: string[]) => runCliInProcess(db, ...args);

const withoutSlug = (doc: ArticleDocument) => ({ ...doc, article: { ...doc.article, slug: "" } });

describe("cli export and import", () => {
  it("exports the demo article as the shipped lectern.article.v1 document, and imports it back unchanged", async () => {
    await ensureDemoContent();
    const exported = await cli("export", "--article", DEMO_ARTICLE_SLUG, "--format", "json");
    expect(exported.code, exported.stderr).toBe(0);
    const doc = articleDocumentSchema.parse(JSON.parse(exported.stdout));
    const shipped = articleDocumentSchema.parse(
      JSON.parse(readFileSync(`prisma/content/${DEMO_ARTICLE_SLUG}.json`, "utf8")),
    );
    expect(doc).toEqual(shipped);

    const file = path.join(mkdtempSync(path.join(tmpdir(), "lectern-")), "doc.json");
    writeFileSync(file, exported.stdout);
    const imported = await cli("import", file, "--slug", "round-trip-copy");
    expect(imported.code, imported.stderr).toBe(0);
    const again = await cli("export", "--article", "round-trip-copy");
    expect(withoutSlug(articleDocumentSchema.parse(JSON.parse(again.stdout)))).toEqual(withoutSlug(doc));
  });

  it("answers usage mistakes with exit code 2 and failures with 1, each with a clear message", async () => {
    expect(await cli("export")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--article <slug> is required"),
    });
    expect(await cli("export", "--bogus")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option"),
    });
    expect(await cli("nonsense")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown command "nonsense"'),
    });
    expect(await cli("export", "--article", "no-such-article")).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No article has the slug "no-such-article"'),
    });
    const bad = path.join(mkdtempSync(path.join(tmpdir(), "lectern-")), "bad.json");
    writeFileSync(bad, JSON.stringify({ format: "lectern.article.v1", article: { slug: "x" }, lessons: [] }));
    const refused = await cli("import", bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("is not a valid lectern.article.v1 document");
    expect(refused.stderr).toContain("article.title");
    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/export --article <slug>[\s\S]*import <file\.json>/);
  });
});
