import type { Sentence } from "./analysis";
import type { Entity } from "./entities";

/** Words after a figure that make it a time offset ("opened three years later"): when, not what. */
const OFFSET = /^(?:later|earlier|ago|after|before|afterwards|on)$/i;

/**
 * Whether figure `e` of `s` is a detail of the sentence rather than what it claims, so a false statement may not
 * change it even where nothing else can be turned: the seventh review marked every such edit rework. A figure in
 * an "of" after a noun ("in shifts of eight", "a grant of £640,000"), a price before the thing priced ("a $15
 * contact microphone"), a time offset ("three years later") or an aside in commas (", 46,").
 */
export function incidentalFigure(s: Sentence, e: Entity): boolean {
  const tokens = s.tokens;
  if (OFFSET.test(tokens[e.last + 1]?.text ?? "")) return true;
  let k = e.first - 1;
  while (k >= 0 && /^(?:ADV|DET|SYM|ADJ)$/.test(tokens[k]!.pos)) k--;
  const before = tokens[k];
  // "of" after a noun measures that noun ("shifts of eight", "a grant of"); "from a $15 contact microphone"
  // prices a thing the sentence only mentions.
  if (/^of$/i.test(before?.text ?? "") && tokens[k - 1]?.pos === "NOUN") return true;
  if (e.kind === "money" && tokens[e.last + 1]?.pos === "NOUN") return true;
  return before?.text === "," && tokens[e.last + 1]?.text === ",";
}
