import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { articleDocumentSchema } from "../../lib/content/schema";
import { DEMO_ARTICLE_SLUG } from "../../lib/seed/demo-accounts";
import { ensureDemoContent } from "../support/factories";

const run = promisify(execFile);

// The other CLI tests call runCli in their process (tests/support/cli.ts). This one runs the real `npm run cli`
// once, for what only a process shows: the script's flags, its own database preparation (migrations on
// DATABASE_URL), a large output written in full before it exits, and its exit code.
describe("npm run cli, as its own process", () => {
  it("exports the demo article from DATABASE_URL's database and exits 0", async () => {
    await ensureDemoContent();
    const result = await run(
      "npm",
      ["run", "--silent", "cli", "--", "export", "--article", DEMO_ARTICLE_SLUG, "--format", "json"],
      { env: process.env, maxBuffer: 16 * 1024 * 1024 },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code, result.stderr).toBe(0);
    const shipped = JSON.parse(readFileSync(`prisma/content/${DEMO_ARTICLE_SLUG}.json`, "utf8"));
    expect(articleDocumentSchema.parse(JSON.parse(result.stdout))).toEqual(
      articleDocumentSchema.parse(shipped),
    );
  }, 120_000);
});
