import { readGiftAnswers } from "./gift-answers";
import { giftBlocks, lineAt, type GiftBlock } from "./gift-blocks";
import { choiceKind, matchingKind, shortAnswerKind, trueFalseKind, type Kind } from "./gift-kinds";
import { giftText, indexOfUnescaped, type GiftFormat } from "./gift-text";
import { decodeQuestionFile } from "./decode-input";
import {
  finishQuestion,
  type LineReport,
  type LocatedQuestion,
  type ReadQuestions,
} from "./imported-question";

/** Where a missing-word question's answer goes in its prompt. */
export const BLANK = "_____";

type BlockRead =
  | { kind: "question"; located: LocatedQuestion; notes: string[] }
  | { kind: "skipped"; reason: string }
  | { kind: "error"; line: number; reason: string }
  | { kind: "none" };

/** The question name and format before the question text: `::name::` then `[html]` and the like. */
function header(block: GiftBlock): { rest: string; offset: number; format: GiftFormat } | { error: string } {
  let rest = block.text.trimStart();
  let offset = block.text.length - rest.length;
  if (rest.startsWith("::")) {
    const end = indexOfUnescaped(rest, "::", 2);
    if (end < 0) return { error: "a question name opened with :: is never closed" };
    offset += end + 2;
    rest = rest.slice(end + 2);
  }
  const format = /^\s*\[(html|moodle|plain|markdown)\]/.exec(rest);
  if (!format) return { rest, offset, format: "moodle" };
  return {
    rest: rest.slice(format[0].length),
    offset: offset + format[0].length,
    format: format[1] as GiftFormat,
  };
}

function promptOf(before: string, after: string, format: GiftFormat): string {
  const [head, tail] = [giftText(before, format), giftText(after, format)];
  if (tail === "") return head;
  // The missing-word form: the answer block stands where the answer goes in the sentence.
  return `${head} ${BLANK}${/^[.,;:!?)]/.test(tail) ? "" : " "}${tail}`.trim();
}

function kindOf(main: string, format: GiftFormat, general: string | null): Kind | { error: string } {
  if (main === "")
    return {
      ok: true,
      notes: [],
      fields: { type: "open_response", ...(general ? { rubric: general } : {}) },
    };
  if (main.startsWith("#"))
    return { ok: false, reason: "numerical question (Lectern has no numerical type)" };
  const parts: string[] = [];
  for (let from = 0; ;) {
    const hash = indexOfUnescaped(main, "#", from);
    parts.push(main.slice(from, hash < 0 ? main.length : hash));
    if (hash < 0) break;
    from = hash + 1;
  }
  if (/^(?:t|true|f|false)$/i.test(parts[0]!.trim()))
    return trueFalseKind(parts.map((p, i) => (i === 0 ? p : giftText(p, format))));
  const read = readGiftAnswers(main, format);
  if (!read.ok) return { error: read.reason };
  const { answers } = read;
  const matching = answers.filter((a) => a.match !== null).length;
  if (matching > 0) {
    if (matching < answers.length || answers.some((a) => a.mark !== "="))
      return { error: "a matching question mixes = a -> b pairs with other answers" };
    return matchingKind(answers);
  }
  return answers.every((a) => a.mark === "=") ? shortAnswerKind(answers) : choiceKind(answers);
}

function readBlock(block: GiftBlock): BlockRead {
  if (/^\s*\$CATEGORY:/.test(block.text)) return { kind: "none" };
  const head = header(block);
  if ("error" in head) return { kind: "error", line: block.line, reason: head.error };
  const { rest, offset, format } = head;
  const error = (at: number, reason: string): BlockRead => ({
    kind: "error",
    line: lineAt(block, offset + at),
    reason,
  });
  const open = indexOfUnescaped(rest, "{");
  const stray = indexOfUnescaped(rest, "}");
  if (stray >= 0 && (open < 0 || stray < open))
    return error(stray, "a } with no { before it (escape it as \\})");
  if (open < 0) return { kind: "skipped", reason: "no answer block { }: a description, not a question" };
  const close = indexOfUnescaped(rest, "}", open + 1);
  if (close < 0) return error(open, "unclosed brace: a { with no } after it");
  const nested = indexOfUnescaped(rest, "{", open + 1);
  if (nested >= 0 && nested < close) return error(nested, "a { inside an answer block (escape it as \\{)");
  const after = rest.slice(close + 1);
  if (indexOfUnescaped(after, "{") >= 0)
    return { kind: "skipped", reason: "more than one answer block (Lectern questions have one answer)" };
  const strayAfter = indexOfUnescaped(after, "}");
  if (strayAfter >= 0) return error(close + 1 + strayAfter, "a } with no { before it (escape it as \\})");
  const body = rest.slice(open + 1, close);
  const cut = indexOfUnescaped(body, "####");
  const general = cut < 0 ? null : giftText(body.slice(cut + 4), format) || null;
  const kind = kindOf((cut < 0 ? body : body.slice(0, cut)).trim(), format, general);
  if ("error" in kind) return error(open, kind.error);
  if (!kind.ok) return { kind: "skipped", reason: kind.reason };
  const finished = finishQuestion({
    prompt: promptOf(rest.slice(0, open), after, format),
    ...(general ? { explanation: general } : {}),
    ...kind.fields,
  });
  if (!finished.ok) return { kind: "skipped", reason: finished.reason };
  return { kind: "question", located: { line: block.line, question: finished.question }, notes: kind.notes };
}

/** The questions of a GIFT text. One malformed question makes the whole file malformed: nothing is imported. */
export function readGift(text: string): ReadQuestions {
  const questions: LocatedQuestion[] = [];
  const skipped: LineReport[] = [];
  const notes: LineReport[] = [];
  const errors: LineReport[] = [];
  for (const block of giftBlocks(text)) {
    const read = readBlock(block);
    if (read.kind === "error") errors.push({ line: read.line, reason: read.reason });
    if (read.kind === "skipped") skipped.push({ line: block.line, reason: read.reason });
    if (read.kind === "question") {
      questions.push(read.located);
      notes.push(...read.notes.map((reason) => ({ line: block.line, reason })));
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  if (questions.length === 0 && skipped.length === 0)
    return { ok: false, errors: [{ line: 1, reason: "The file holds no questions." }] };
  return { ok: true, questions, skipped, notes };
}

/** A GIFT file's bytes read as questions: refused whole when too large, binary or not UTF-8. */
export function readGiftFile(bytes: Uint8Array): ReadQuestions {
  const decoded = decodeQuestionFile(bytes);
  return decoded.ok ? readGift(decoded.text) : { ok: false, errors: [{ line: 1, reason: decoded.reason }] };
}
