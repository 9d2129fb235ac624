import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_FILE_BYTES } from "@/lib/interchange/decode-input";
import { readGift, readGiftFile } from "@/lib/interchange/gift-parse";
import { writeGift } from "@/lib/interchange/gift-write";

const dir = path.resolve(import.meta.dirname, "../fixtures/interchange/gift");
const fixture = (name: string) => readFileSync(path.join(dir, name));
const expected = (name: string) => JSON.parse(fixture(name).toString("utf8"));

describe("reading GIFT", () => {
  it("reads every construct of the fixture as its expected result", () => {
    expect(readGiftFile(fixture("every-construct.gift"))).toEqual(expected("every-construct.expected.json"));
  });

  it("reads a CRLF file as the same questions, line numbers counted as in an editor", () => {
    expect(readGiftFile(fixture("crlf.gift"))).toEqual(expected("crlf.expected.json"));
  });

  it("refuses each malformed file whole, with its line and reason and no questions", () => {
    const want = expected("malformed/expected.json") as Record<string, unknown>;
    const files = readdirSync(path.join(dir, "malformed")).filter((f) => !f.endsWith(".json"));
    expect(files.sort()).toEqual(Object.keys(want).sort());
    for (const file of files) {
      const read = readGiftFile(fixture(`malformed/${file}`));
      expect(read, file).toEqual({ ok: false, errors: want[file] });
    }
  });

  it("refuses a file over 5 MB before reading it", () => {
    const big = Buffer.alloc(MAX_QUESTION_FILE_BYTES + 1, "a");
    const read = readGiftFile(big);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]!.reason).toMatch(/at most 5\.0 MB/);
  });

  it("reports every skipped question with its line: nothing is dropped silently", () => {
    const read = readGift("::A:: Pair {=a -> x =b -> y}\n\n::B:: Number {#3:1}\n\n::C:: Fine {T}\n");
    expect(read).toMatchObject({
      ok: true,
      skipped: [
        { line: 1, reason: expect.stringMatching(/matching/) },
        { line: 3, reason: expect.stringMatching(/numerical/) },
      ],
    });
  });

  it("skips a question Lectern's rules refuse, with the rule as its reason", () => {
    const read = readGift("Which? {=same ~Same}\n");
    expect(read).toMatchObject({
      ok: true,
      questions: [],
      skipped: [{ line: 1, reason: "Two choices are alike (choices)" }],
    });
  });

  it("reads markdown emphasis and HTML line breaks as plain text", () => {
    const read = readGift("[markdown]Line *one*  \nline **two**? {T}\n\n[html]<div>a<br/>b</div>{F}\n");
    if (!read.ok) throw new Error("malformed");
    expect(read.questions.map((q) => q.question.prompt)).toEqual(["Line one\nline two?", "a\nb"]);
  });

  it("reads a missing-word question with its blank where the braces were", () => {
    const read = readGift("The {~cat =dog ~cow} barked.\n");
    if (!read.ok) throw new Error("malformed");
    expect(read.questions[0]!.question).toMatchObject({ type: "single_choice", prompt: "The _____ barked." });
  });

  it("names several = at 100% in a choice question as the reason it is skipped", () => {
    expect(readGift("Which? {=a =b ~c}\n")).toMatchObject({ ok: true, skipped: [{ line: 1 }] });
  });

  it("writes a lesson's questions so that reading them gives them back", () => {
    const questions = (
      expected("every-construct.expected.json") as { questions: { question: never }[] }
    ).questions.map((q) => q.question);
    const written = writeGift(questions, "A lesson");
    expect(written.skipped).toEqual([]);
    const read = readGift(written.text);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.questions.map((q) => q.question)).toEqual(questions);
  });

  it("leaves evidence questions out of a GIFT export and says why", () => {
    const evidence = {
      type: "evidence" as const,
      prompt: "Which?",
      points: 1,
      skill: "detail" as const,
      explanation: "Because.",
      choices: [],
      acceptedAnswers: [],
      evidenceOptions: [],
    };
    expect(writeGift([evidence]).skipped).toEqual([{ number: 1, reason: expect.stringMatching(/evidence/) }]);
  });
});

describe("matching read as ordering", () => {
  it("takes places written as words or ordinals", () => {
    const read = readGift("Order them. {=b -> second =c -> 3rd =a -> first}\n");
    if (!read.ok) throw new Error("malformed");
    expect(read.questions[0]!.question.choices.map((c) => c.text)).toEqual(["a", "b", "c"]);
  });

  it("skips pairs whose places repeat or leave a gap", () => {
    expect(readGift("Order them. {=a -> 1 =b -> 1 =c -> 2}\n")).toMatchObject({
      ok: true,
      questions: [],
      skipped: [{ line: 1 }],
    });
    expect(readGift("Order them. {=a -> 1 =b -> 3 =c -> 4}\n")).toMatchObject({
      ok: true,
      questions: [],
      skipped: [{ line: 1 }],
    });
  });
});
