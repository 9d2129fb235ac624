import ExcelJS from "exceljs";
import type { QuizSheet } from "./quiz-game-sheets";

/** A quiz sheet as an .xlsx file's bytes: one worksheet, the header row bold, then the questions. */
export async function sheetToXlsx(sheet: QuizSheet, name = "Questions"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Lectern";
  const worksheet = workbook.addWorksheet(name);
  worksheet.addRow(sheet.header).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row);
  worksheet.columns.forEach((column) => (column.width = 24));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
