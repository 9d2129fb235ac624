import { htmlToText } from "./html-text";
import { markdownToText } from "./markdown-text";

/** The position of `token` in `s` from `from` on, outside backslash escapes; -1 when absent. */
export function indexOfUnescaped(s: string, token: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === "\\") {
      i++;
      continue;
    }
    if (s.startsWith(token, i)) return i;
  }
  return -1;
}

/** GIFT's escapes undone: `\=` `\~` `\#` `\{` `\}` `\:` `\\` give the character, `\n` a line break. */
export function unescapeGift(s: string): string {
  return s.replace(/\\(.)/gs, (_, c: string) => (c === "n" ? "\n" : c));
}

/** Text written so a GIFT reader gives it back unchanged: special characters escaped, line breaks as `\n`. */
export function escapeGift(s: string): string {
  return s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\n/g, "\\n");
}

export type GiftFormat = "moodle" | "plain" | "markdown" | "html";

/**
 * A GIFT text in its format as Lectern's plain text: escapes undone; HTML and Markdown read as their text, line
 * breaks kept; moodle and plain as written.
 */
export function giftText(raw: string, format: GiftFormat): string {
  const text = unescapeGift(raw.trim());
  if (format === "html") return htmlToText(text);
  if (format === "markdown") return markdownToText(text);
  return text.trim();
}
