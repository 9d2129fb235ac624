import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { readGift } from "../../lib/interchange/gift-parse";
import { DEMO_ARTICLE_SLUG } from "../../lib/seed/demo-accounts";
import { runCliInProcess } from "../support/cli";
import { createTeacher, ensureDemoContent } from "../support/factories";

const cli = (...args: string[]) => runCliInProcess(db, ...args);
const fixtures = "tests/fixtures/interchange";
const gift = `${fixtures}/gift/every-construct.gift`;

/** A draft lesson of a teacher's on the demo article's first lesson's passage. */
async function draftLesson() {
  const shared = await ensureDemoContent();
  const teacher = await createTeacher();
  const source = await db.lesson.findUniqueOrThrow({ where: { id: shared.id } });
  return db.lesson.create({
    data: {
      articleId: source.articleId,
      title: "Imported questions",
      objectives: source.objectives,
      passage: source.passage,
      passageStart: source.passageStart,
      passageEnd: source.passageEnd,
      readingMinutes: source.readingMinutes,
      status: "draft",
      ownerId: teacher.id,
    },
    select: { id: true, passageStart: true, passageEnd: true, article: { select: { text: true } } },
  });
}

const live = (lessonId: string) =>
  db.question.findMany({ where: { lessonId, retiredAt: null }, orderBy: { position: "asc" } });

describe("cli import-questions and export-questions", () => {
  it("adds a GIFT file's questions to a draft lesson as undecided drafts citing its passage", async () => {
    const lesson = await draftLesson();
    const dry = await cli("import-questions", gift, "--format", "gift", "--lesson", lesson.id, "--dry-run");
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout).questions).toHaveLength(14);
    expect(await live(lesson.id)).toHaveLength(0);

    const run = await cli("import-questions", gift, "--format", "gift", "--lesson", lesson.id, "--json");
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.skipped.map((s: { line: number }) => s.line)).toEqual([51, 57, 61]);
    expect(report.audit.warnings.length).toBeGreaterThan(0);
    const stored = await live(lesson.id);
    expect(stored).toHaveLength(14);
    for (const q of stored) {
      expect(q.acceptedAt).toBeNull();
      expect(lesson.article.text.slice(q.citationStart, q.citationEnd)).toBe(q.citationText);
      expect(q.citationStart).toBeGreaterThanOrEqual(lesson.passageStart);
      expect(q.citationEnd).toBeLessThanOrEqual(lesson.passageEnd);
    }
  });

  it("writes nothing for a malformed file or a published lesson", async () => {
    const lesson = await draftLesson();
    const bad = await cli(
      "import-questions",
      `${fixtures}/gift/malformed/unknown-weight.gift`,
      "--format",
      "gift",
      "--lesson",
      lesson.id,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('line 3: unknown weight "%half%"');
    const published = await ensureDemoContent();
    const before = (await live(published.id)).length;
    const refused = await cli("import-questions", gift, "--format", "gift", "--lesson", published.id);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/draft lesson/);
    expect(await live(published.id)).toHaveLength(before);
    expect(await live(lesson.id)).toHaveLength(0);
  });

  it("--article creates a new draft lesson of the owner's on the whole article; refused, it writes nothing", async () => {
    await ensureDemoContent();
    const teacher = await createTeacher();
    const email = (await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).email!;
    const lessonsOf = () =>
      db.lesson.findMany({ where: { ownerId: teacher.id }, include: { questions: true } });
    const args = [
      "import-questions",
      gift,
      "--format",
      "gift",
      "--article",
      DEMO_ARTICLE_SLUG,
      "--owner",
      email,
    ];

    const dry = await cli(...args, "--dry-run");
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout).questions[0].citation.text.length).toBeGreaterThan(0);
    const malformed = `${fixtures}/gift/malformed/unknown-weight.gift`;
    expect((await cli("import-questions", malformed, ...args.slice(2))).code).toBe(1);
    const pending = await createTeacher({ approved: false });
    const pendingEmail = (await db.user.findUniqueOrThrow({ where: { id: pending.id } })).email!;
    const refused = await cli(...args.slice(0, -1), pendingEmail);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("may use");
    expect(await lessonsOf()).toHaveLength(0);
    expect(await db.lesson.count({ where: { ownerId: pending.id } })).toBe(0);

    const run = await cli(...args, "--title", "From Moodle");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Created the draft lesson "From Moodle"');
    const [lesson] = await lessonsOf();
    expect(lesson).toMatchObject({ title: "From Moodle", status: "draft", passageStart: 0 });
    expect(lesson!.questions).toHaveLength(14);
    expect(lesson!.questions.every((q) => q.acceptedAt === null)).toBe(true);
  });

  it("exports a lesson as GIFT that reads back as its questions, and as a Kahoot spreadsheet", async () => {
    const lesson = await draftLesson();
    await cli("import-questions", gift, "--format", "gift", "--lesson", lesson.id);
    const exported = await cli("export-questions", "--lesson", lesson.id, "--format", "gift");
    expect(exported.code, exported.stderr).toBe(0);
    const read = readGift(exported.stdout);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const file = readGift(readFileSync(gift, "utf8"));
    if (!file.ok) throw new Error("fixture malformed");
    expect(read.questions.map((q) => q.question)).toEqual(file.questions.map((q) => q.question));

    const out = path.join(mkdtempSync(path.join(tmpdir(), "lectern-")), "kahoot.xlsx");
    const sheet = await cli(
      "export-questions",
      "--lesson",
      lesson.id,
      "--format",
      "xlsx-kahoot",
      "--out",
      out,
    );
    expect(sheet.code, sheet.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const first = workbook.worksheets[0]!;
    expect(first.getRow(1).getCell(1).value).toBe("Question");
    expect(first.getRow(2).getCell(1).value).toBe(
      "According to the article, what did Trump want to explore with Russia?",
    );
    expect(sheet.stderr).toMatch(/question 5 left out: Kahoot quizzes take no short answer questions/);
  });

  it("exports an article's shared questions as Aiken, listing the types Aiken cannot hold", async () => {
    await ensureDemoContent();
    const slug = (await db.article.findFirstOrThrow({ where: { ownerId: null }, select: { slug: true } }))
      .slug;
    const run = await cli("export-questions", "--article", slug, "--format", "aiken");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ANSWER: [A-L]$/m);
    expect(run.stderr).toMatch(/left out: .* have no Aiken form/);
    expect((await cli("export-questions", "--format", "aiken")).code).toBe(2);
    expect((await cli("export-questions", "--article", slug, "--format", "xlsx-kahoot")).code).toBe(2);
  });
});
