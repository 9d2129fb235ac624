import { indexOfUnescaped, type GiftFormat, giftText } from "./gift-text";

/** One `=` or `~` answer of a GIFT answer block. */
export type GiftAnswer = {
  mark: "=" | "~";
  /** The percentage written as `%n%`, or null. */
  weight: number | null;
  text: string;
  feedback: string | null;
  /** Matching: the text after `->`. */
  match: string | null;
};

export type AnswersRead = { ok: true; answers: GiftAnswer[] } | { ok: false; reason: string };

/** Where each unescaped `=` or `~` starts an answer. */
function answerStarts(body: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\") i++;
    else if (body[i] === "=" || body[i] === "~") starts.push(i);
  }
  return starts;
}

function readWeight(raw: string): { weight: number | null; rest: string } | { error: string } {
  if (!raw.startsWith("%")) return { weight: null, rest: raw };
  const end = raw.indexOf("%", 1);
  const written = end < 0 ? raw.slice(1) : raw.slice(1, end);
  const weight = Number(written);
  if (end < 0 || written.trim() === "" || !Number.isFinite(weight) || Math.abs(weight) > 100)
    return { error: `unknown weight "%${written}${end < 0 ? "" : "%"}" (a percentage from -100 to 100)` };
  return { weight, rest: raw.slice(end + 1) };
}

/** The answers of a block's body (general feedback already cut off), or why it is malformed. */
export function readGiftAnswers(body: string, format: GiftFormat): AnswersRead {
  const starts = answerStarts(body);
  const before = body.slice(0, starts[0] ?? body.length).trim();
  if (before !== "") return { ok: false, reason: `text "${before}" before the first = or ~ answer` };
  const answers: GiftAnswer[] = [];
  for (const [n, start] of starts.entries()) {
    const piece = body.slice(start + 1, starts[n + 1] ?? body.length);
    const weighed = readWeight(piece.trimStart());
    if ("error" in weighed) return { ok: false, reason: weighed.error };
    const hash = indexOfUnescaped(weighed.rest, "#");
    const main = hash < 0 ? weighed.rest : weighed.rest.slice(0, hash);
    const arrow = main.lastIndexOf("->");
    const text = giftText(arrow < 0 ? main : main.slice(0, arrow), format);
    if (text === "") return { ok: false, reason: "an empty answer" };
    answers.push({
      mark: body[start] as "=" | "~",
      weight: weighed.weight,
      text,
      feedback: hash < 0 ? null : giftText(weighed.rest.slice(hash + 1), format) || null,
      match: arrow < 0 ? null : giftText(main.slice(arrow + 2), format),
    });
  }
  return { ok: true, answers };
}
