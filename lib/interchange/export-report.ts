/** A question an export left out, by its number in the lesson (from 1), and why. */
export type ExportSkip = { number: number; reason: string };

export type TextExport = { text: string; skipped: ExportSkip[] };
