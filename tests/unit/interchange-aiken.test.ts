import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readAiken, readAikenFile } from "@/lib/interchange/aiken-parse";
import { writeAiken } from "@/lib/interchange/aiken-write";

const dir = path.resolve(import.meta.dirname, "../fixtures/interchange/aiken");
const fixture = (name: string) => readFileSync(path.join(dir, name));
const expected = (name: string) => JSON.parse(fixture(name).toString("utf8"));

describe("Aiken", () => {
  it("reads every construct of the fixture (A. and A) options, true/false, a refused question)", () => {
    expect(readAikenFile(fixture("every-construct.txt"))).toEqual(expected("every-construct.expected.json"));
  });

  it("reads a CRLF file", () => {
    expect(readAikenFile(fixture("crlf.txt"))).toEqual(expected("crlf.expected.json"));
  });

  it("refuses each malformed file whole, with its line and reason and no questions", () => {
    const want = expected("malformed/expected.json") as Record<string, unknown>;
    const files = readdirSync(path.join(dir, "malformed")).filter((f) => !f.endsWith(".json"));
    expect(files.sort()).toEqual(Object.keys(want).sort());
    for (const file of files)
      expect(readAikenFile(fixture(`malformed/${file}`)), file).toEqual({ ok: false, errors: want[file] });
  });

  it("writes single choice and true/false, and reports the types Aiken cannot hold", () => {
    const read = readAikenFile(fixture("every-construct.txt"));
    if (!read.ok) throw new Error("malformed");
    const questions = read.questions.map((q) => q.question);
    const open = { ...questions[0]!, type: "open_response" as const, choices: [], rubric: "A rubric." };
    const written = writeAiken([...questions, open]);
    expect(written.skipped).toEqual([{ number: 4, reason: expect.stringMatching(/open response/) }]);
    expect(written.text).toContain("A. Avenues for cooperation\nB. A formal military alliance");
    const again = readAiken(written.text);
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(again.questions.map((q) => q.question)).toEqual(questions);
  });
});
