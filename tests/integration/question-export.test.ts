import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportLessonFile } from "../../lib/content/question-export";
import { readAiken } from "../../lib/interchange/aiken-parse";
import { readGift } from "../../lib/interchange/gift-parse";
import { createStudent, createTeacher, ensureDemoContent } from "../support/factories";

describe("exportLessonFile", () => {
  it("gives an approved teacher a shared lesson in every format, naming what each leaves out", async () => {
    const lesson = await ensureDemoContent();
    const teacher = await createTeacher();
    const gift = await exportLessonFile(teacher, lesson.id, "gift");
    expect(gift.filename).toMatch(/\.gift\.txt$/);
    const text = new TextDecoder().decode(gift.body);
    const read = readGift(text);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    for (const s of gift.skipped) expect(text).toContain(`// Left out: question ${s.number}: ${s.reason}`);
    expect(read.questions.length + gift.skipped.length).toBeGreaterThan(0);

    const aiken = await exportLessonFile(teacher, lesson.id, "aiken");
    expect(readAiken(new TextDecoder().decode(aiken.body)).ok).toBe(true);

    for (const format of ["xlsx-kahoot", "xlsx-quizizz"] as const) {
      const file = await exportLessonFile(teacher, lesson.id, format);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
      const header = workbook.worksheets[0]!.getRow(1).getCell(1).value;
      expect(header).toBe(format === "xlsx-kahoot" ? "Question" : "Question Text");
    }
  });

  it("refuses a student, a teacher not yet approved (for shared lessons), and an unknown format", async () => {
    const lesson = await ensureDemoContent();
    await expect(exportLessonFile(await createStudent(), lesson.id, "gift")).rejects.toMatchObject({
      code: "forbidden",
    });
    const waiting = await createTeacher({ approved: false });
    await expect(exportLessonFile(waiting, lesson.id, "gift")).rejects.toMatchObject({ code: "not_found" });
    await expect(exportLessonFile(await createTeacher(), lesson.id, "csv")).rejects.toMatchObject({
      code: "invalid",
    });
  });
});
