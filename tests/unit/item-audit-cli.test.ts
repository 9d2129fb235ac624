import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditCommand } from "../../scripts/cli/audit";
import { CliError } from "../../scripts/cli/cli-error";
import { capturingIo } from "../support/cli";
import { documentOf, singleChoice, trueFalse } from "./fixtures/audit/small-document";

const dir = mkdtempSync(path.join(tmpdir(), "lectern-audit-"));
const file = (name: string, content: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
};
const OPTIONS = ["Rain", "Snow fell", "Wind blew hard", "The sun shone brightly"];
const leaky = file(
  "leaky.json",
  JSON.stringify(
    documentOf([
      singleChoice("What fell from the sky?", OPTIONS, 3),
      trueFalse("True or false: Gamma agreed.", false),
    ]),
  ),
);

// Auditing a file needs no database.
const noDatabase = () => Promise.reject(new Error("audit of a file asked for the database"));

/** Runs the command in this process; returns its exit code and what it printed. */
async function audit(...args: string[]) {
  const { io, stdout } = capturingIo(noDatabase);
  const code = await auditCommand.run(args, io);
  return { code, out: stdout.join("\n") };
}

/** The CliError a bad invocation ends with (cli.ts prints its message as one line and exits with its code). */
async function failure(...args: string[]) {
  const error = await auditCommand.run(args, capturingIo(noDatabase).io).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

describe("cli audit <file.json>", () => {
  it("prints a readable report and exits 0 whatever the verdict; --strict exits 1 on a failing set", async () => {
    const text = await audit(leaky);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Item audit of "Small Talks" (small-talks)');
    expect(text.out).toMatch(
      /whole set\s+2\s+2\s+0\.75\s+37\.5%\s+longest option\s+2\.00\s+100\.0%\s+\+62\.5/,
    );
    expect(text.out).toContain("Verdict: FAILS");
    expect((await audit(leaky, "--strict")).code).toBe(1);
  });

  it("prints the report as JSON with --format json, and takes the advantage limit as a parameter", async () => {
    const { code, out } = await audit(leaky, "--format", "json", "--max-advantage", "80");
    expect(code).toBe(0);
    const report = JSON.parse(out) as {
      verdict: { maxAdvantage: number; checks: { id: string; passed: boolean }[] };
    };
    expect(report.verdict.maxAdvantage).toBe(80);
    expect(report.verdict.checks.find((c) => c.id === "blind_advantage")?.passed).toBe(true);
  });

  it("answers bad input with one clear line and exit code 2", async () => {
    const cases: [string[], string][] = [
      [[path.join(dir, "missing.json")], "No such file"],
      [[file("broken.json", "{ not json")], "Cannot read"],
      [
        [file("other.json", JSON.stringify({ format: "something.else" }))],
        "is not a lectern.article.v1 document",
      ],
      [[], "Give either --article <slug> or one file"],
      [[leaky, "--article", "small-talks"], "Give either --article <slug> or one file"],
      [[leaky, "--format", "csv"], 'Unsupported format "csv"'],
      [[leaky, "--max-advantage", "lots"], "--max-advantage takes a number"],
    ];
    for (const [args, message] of cases) {
      const error = await failure(...args);
      expect(error.exitCode, args.join(" ")).toBe(2);
      expect(error.message).toContain(message);
      expect(error.message.split("\n")[0]).not.toMatch(/^\s*at /);
    }
  });
});
