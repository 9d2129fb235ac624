/** Number words a text may write a small figure in, by value. */
const WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split(" ");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether the text gives the figure anywhere, in any case or form: "seven", "Seven" opening a sentence, or "7".
 * A made-up option's feedback says the article gives no such figure; the seventh review found it said so beside
 * "Seven of the nine who died", a capital the plain match missed.
 */
export function givesFigure(text: string, figure: string): boolean {
  const value = WORDS.indexOf(figure.toLowerCase());
  const forms = value >= 0 ? [figure, String(value)] : [figure];
  if (/^\d+$/.test(figure) && Number(figure) < WORDS.length) forms.push(WORDS[Number(figure)]!);
  return forms.some((f) => new RegExp(`(?<![\\w.,])${escape(f)}(?![\\w]|[.,]\\d)`, "i").test(text));
}
