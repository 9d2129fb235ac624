import type { Article } from "./article";
import { NUMBER_WORDS, ordinalSuffix } from "./made-up-figures";
import { fullName, isNameKind, type Entity } from "./entities";

const HEDGE = /^(?:about|around|roughly|approximately|nearly|almost|some|just|an estimated)\s+/i;

/** Forms of the answer a teacher would accept besides the blanked words: a surname, the bare figure. */
export function acceptedForms(
  target: Entity | { text: string; kind?: undefined },
  article: Article,
): string[] {
  const forms = [target.text];
  if (target.kind === "person") {
    const full = fullName(target.text, article.entities);
    if (full !== target.text) forms.push(full);
    const parts = target.text.split(/\s+/);
    if (parts.length > 1) forms.push(parts[parts.length - 1]!);
  }
  if (target.kind === "money") forms.push(...currencyInWords(target.text));
  // "ends at 11.30 pm": the tagger reads a clock time before "pm" as a number; a decimal takes no colon anyway.
  if (target.kind === "time" || (target.kind === "quantity" && /^\d{1,2}\.[0-5]\d$/.test(target.text)))
    forms.push(...clockVariants(target.text));
  if (/^the\s/i.test(target.text)) forms.push(target.text.replace(/^the\s+/i, ""));
  // "around 60,000" → "60,000": the hedge is the article's, the figure is the answer.
  // "until 2029" (read as a span) → "2029": the preposition is the sentence's, the year is the answer.
  if (target.kind === "date" || target.kind === "year" || target.kind === "duration")
    for (const f of [...forms]) forms.push(f.replace(/^(?:until|by|in|since|before|after|on|from)\s+/i, ""));
  for (const f of [...forms]) forms.push(...dateVariants(f), ...ordinalVariants(f));
  for (const f of [...forms]) {
    const bare = f.replace(HEDGE, "");
    if (bare !== f) forms.push(bare);
  }
  // A day without its month, or a place in an order without its suffix, is read by the date and ordinal forms
  // above; a year has no unit.
  const figure =
    target.kind && !["year", "date", "ordinal"].includes(target.kind) && !isNameKind(target.kind);
  if (figure) for (const f of [...forms]) if (!HEDGE.test(f)) forms.push(...figureVariants(f));
  return [...new Set(forms.map((f) => f.trim()).filter(Boolean))];
}

const CURRENCIES: Record<string, string> = { $: "dollars", "£": "pounds", "€": "euros" };

/** "$15" → "15 dollars": a student who writes the currency out names the same sum. */
function currencyInWords(text: string): string[] {
  const m = /^([$£€])(\d[\d,.]*(?:\s+(?:thousand|million|billion))?)$/.exec(text);
  return m ? [`${m[2]} ${CURRENCIES[m[1]!]}`, m[2]!] : [];
}

/** "11.30" ↔ "11:30": both are how a clock time is written. */
function clockVariants(text: string): string[] {
  const m = /^(\d{1,2})([.:])(\d{2})\b(.*)$/.exec(text);
  return m ? [`${m[1]}${m[2] === "." ? ":" : "."}${m[3]}${m[4]}`] : [];
}

const CARDINAL_WORDS = [
  ...NUMBER_WORDS,
  ..."thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(" "),
];
const TEN_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");

/** A number in words as far as students write it so: up to twenty, and the tens. */
function numberWord(n: number): string | undefined {
  if (Number.isInteger(n) && n >= 0 && n <= 20) return CARDINAL_WORDS[n];
  if (Number.isInteger(n) && n % 10 === 0 && n >= 20 && n < 100) return TEN_WORDS[n / 10 - 2];
  return undefined;
}

function numberOfWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  const small = CARDINAL_WORDS.indexOf(lower);
  if (small >= 0) return small;
  const tens = TEN_WORDS.indexOf(lower);
  return tens >= 0 ? (tens + 2) * 10 : undefined;
}

/**
 * Every spelling of one unit: the full words (plural by "s" unless `fixed`) and the abbreviations. A one-letter
 * abbreviation ("m", "g") is left out: "£1.5m" is a million, not metres.
 */
type Unit = { full: readonly string[]; short: readonly string[]; fixed?: true };
const UNITS: readonly Unit[] = [
  { full: ["per cent", "percent"], short: ["%"], fixed: true },
  { full: ["second"], short: ["sec", "secs"] },
  { full: ["minute"], short: ["min", "mins"] },
  { full: ["hour"], short: ["hr", "hrs"] },
  { full: ["year"], short: ["yr", "yrs"] },
  { full: ["millimetre", "millimeter"], short: ["mm"] },
  { full: ["centimetre", "centimeter"], short: ["cm"] },
  { full: ["metre", "meter"], short: [] },
  { full: ["kilometre", "kilometer"], short: ["km"] },
  { full: ["kilogram", "kilogramme"], short: ["kg"] },
  { full: ["gram", "gramme"], short: [] },
  { full: ["litre", "liter"], short: [] },
  { full: ["millilitre", "milliliter"], short: ["ml"] },
  { full: ["mile"], short: [] },
];

const fullForms = (u: Unit, value: number) => (u.fixed || value === 1 ? u.full : u.full.map((f) => `${f}s`));
const shortForms = (u: Unit, value: number) =>
  value === 1 ? u.short.filter((s) => !s.endsWith("s")) : u.short;

const unitOf = (written: string) => {
  const lower = written.toLowerCase();
  return UNITS.find((u) => u.short.includes(lower) || u.full.some((f) => lower === f || lower === `${f}s`));
};

/** A figure before a unit written tight ("30%") or spaced ("30 per cent"); a sign takes no number word. */
const withUnit = (figure: string, unit: string) =>
  /^\p{L}/u.test(unit) ? [`${figure} ${unit}`] : /^\d/.test(figure) ? [`${figure}${unit}`] : [];

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * The same figure as students write it: its unit spelt any way ("30%", "30 percent", "30 per cent"), its number in
 * digits or words ("seven per cent"), or alone ("22 minutes" → "22": the blank's sentence gives the rest). A
 * figure counted in millions is never cut to its first number ("20 million" is not "20"), but may be written out.
 */
function figureVariants(text: string): string[] {
  const m = /^(\d[\d,]*(?:\.\d+)?|[a-z]+)(?:\s*(%)|\s+(.+))?$/i.exec(text);
  if (!m) return [];
  const written = m[1]!;
  const unitText = m[2] ?? m[3];
  const value = /^\d/.test(written) ? Number(written.replace(/,/g, "")) : numberOfWord(written);
  if (value === undefined || Number.isNaN(value)) return [];
  const [scaleWord = "", ...rest] = (unitText ?? "").split(" ");
  const scale = SCALES[scaleWord.toLowerCase()];
  if (scale) return [[Math.round(value * scale).toLocaleString("en-US"), ...rest].join(" ")];
  const numerals = [...new Set([written, /^\d/.test(written) ? numberWord(value) : String(value)])].filter(
    (n): n is string => n !== undefined,
  );
  if (!unitText) return numerals;
  const unit = unitOf(unitText);
  const digits = /^\d/.test(written) ? written : String(value);
  const full = unit ? fullForms(unit, value) : [];
  return [
    ...numerals.flatMap((n) => withUnit(n, unitText)),
    ...[...full, ...(unit ? shortForms(unit, value) : [])].flatMap((s) => withUnit(digits, s)),
    ...full.flatMap((s) => numerals.flatMap((n) => withUnit(n, s))),
    ...numerals,
  ];
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_DAY = new RegExp(`^(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?$`, "i");
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})$`, "i");
const suffixed = (d: number) => `${d}${ordinalSuffix(d)}`;

/** A day of a month as students write it: "December 15", "15 December", "Dec 15", "December 15th". */
function dateVariants(text: string): string[] {
  const md = MONTH_DAY.exec(text);
  const dm = DAY_MONTH.exec(text);
  if (!md && !dm) return [];
  const month = md ? md[1]! : dm![2]!;
  const day = Number(md ? md[2] : dm![1]);
  const short = month.slice(0, 3);
  return [
    `${month} ${day}`,
    `${day} ${month}`,
    `${month} ${suffixed(day)}`,
    `${suffixed(day)} ${month}`,
    `the ${suffixed(day)} of ${month}`,
    `${short} ${day}`,
    `${short}. ${day}`,
    `${day} ${short}`,
  ];
}

const ORDINAL_WORDS = (
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth " +
  "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split(" ");
const TENTHS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(" ");

/** An ordinal under a hundred in words: 31 → "thirty-first". */
function ordinalWord(n: number): string | undefined {
  if (n < 1 || n > 99) return undefined;
  if (n <= 20) return ORDINAL_WORDS[n - 1];
  const tens = Math.floor(n / 10);
  return n % 10 === 0 ? TENTHS[tens - 2] : `${TEN_WORDS[tens - 2]}-${ORDINAL_WORDS[(n % 10) - 1]}`;
}

/** An ordinal as students write it: "31st", "31", "thirty-first"; "third", "3rd", "3". */
function ordinalVariants(text: string): string[] {
  const digits = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i.exec(text);
  const at = ORDINAL_WORDS.indexOf(text.replace(/^the\s+/i, "").toLowerCase()) + 1;
  const n = digits ? Number(digits[1]) : at;
  if (!n) return [];
  return [suffixed(n), String(n), ordinalWord(n)].filter((f): f is string => !!f);
}
