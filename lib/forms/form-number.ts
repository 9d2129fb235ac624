import { z } from "zod";

// Plain decimal notation only. Number() and z.coerce.number() also read "" and " " as 0, "0x10" as 16, "1e1" as
// 10 and "+3" as 3, so a blank or mistyped field would be recorded as a number nobody typed. A leading minus is
// read so that "-1" meets the field's own range message ("cannot be negative") rather than a vaguer one.
const WHOLE = /^-?\d+$/;
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

type Messages = {
  /** Shown for an empty field and for anything that is not a number written in decimal digits. */
  required: string;
  /** Shown for a fraction where only whole numbers make sense; defaults to `required`. */
  whole?: string;
};

function strictNumber(fractions: boolean, { required, whole = required }: Messages) {
  return z.unknown().transform((value, ctx): number => {
    // Callers inside the app (and JSON bodies) pass numbers; those only need to be finite, and whole if asked.
    if (typeof value === "number" && Number.isFinite(value)) {
      if (fractions || Number.isInteger(value)) return value;
      ctx.addIssue({ code: "custom", message: whole });
      return z.NEVER;
    }
    const text = typeof value === "string" ? value.trim() : "";
    // Hundreds of digits overflow to Infinity, which z.number() refuses with a generic message; the largest
    // finite number of the same sign meets the field's own "at most" message instead.
    if ((fractions ? DECIMAL : WHOLE).test(text))
      return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, Number(text)));
    ctx.addIssue({ code: "custom", message: !fractions && DECIMAL.test(text) ? whole : required });
    return z.NEVER;
  });
}

/**
 * A whole number typed in a form or a query string ("7", " 7 ", "-1"), or given as a number. Pipe it into
 * `z.number()` for the range: `formInteger({ required: "Enter a number" }).pipe(z.number().min(1, "…"))`.
 */
export function formInteger(messages: Messages) {
  return strictNumber(false, messages);
}

/** Like formInteger, also taking a decimal fraction ("1.5", ".5") where fractions make sense (points, factors). */
export function formDecimal(messages: Pick<Messages, "required">) {
  return strictNumber(true, messages);
}
