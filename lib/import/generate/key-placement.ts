import type { QuestionInput } from "../../content/schema";

/** FNV-1a of the text: the article's seed. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator, so drafts are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function numberOf(text: string): number | null {
  const m = /^\D{0,12}?(\d[\d,]*(?:\.\d+)?)/.exec(text);
  return m ? Number(m[1]!.replace(/,/g, "")) : null;
}

const FOUR = 4;
const hasFour = (q: QuestionInput) => oneKey(q) && q.choices.length === FOUR;

/**
 * The audit judges key positions on 4-option items, at most 35% in any one position: with 1, 2 or 5 such items
 * one position must hold 50% or more, and with 3 or 4 one repeat (figures go in ascending order, so their keys
 * cannot be placed freely) already passes 35%. Trims one distractor from the last 4-option items until there are
 * none or at least six (never the only distractor longer than the key, so the key does not become the longest).
 */
export function evenFourOptionCount(questions: QuestionInput[]): QuestionInput[] {
  const out = [...questions];
  const count = () => out.filter(hasFour).length;
  for (let i = out.length - 1; i >= 0 && count() >= 1 && count() <= 5; i--) {
    const q = out[i]!;
    if (!hasFour(q)) continue;
    const key = q.choices.find((c) => c.correct)!;
    // A distractor at least as long as the key stays when it is the only one (a tie counts: dropping "about 12"
    // would leave "about 10" the longest alone).
    const longer = q.choices.filter((c) => !c.correct && c.text.trim().length >= key.text.trim().length);
    // A figure key keeps its rank (smallest, middle or largest; see `byRank` in distractors.ts): a middle key
    // loses a distractor from the side that has two.
    const k = numberOf(key.text);
    const figures = k !== null && q.choices.every((c) => numberOf(c.text) !== null);
    const below = q.choices.filter((c) => !c.correct && figures && numberOf(c.text)! < k!).length;
    const keepsRank = (c: QuestionInput["choices"][number]) =>
      !figures || below === 0 || below === 3 || (numberOf(c.text)! < k! ? below === 2 : below === 1);
    // The distractor least like the key in length goes first: one as long as the key keeps "shortest option"
    // and "longest option" from finding it ("lens" among "lamp", "sensor", "lifeboat" keeps "lamp").
    const distance = (c: QuestionInput["choices"][number]) =>
      Math.abs(c.text.trim().length - key.text.trim().length);
    const wrong = q.choices.filter((c) => !c.correct).sort((a, b) => distance(b) - distance(a));
    const drop =
      wrong.find((c) => keepsRank(c) && !(longer.length === 1 && longer[0] === c)) ??
      wrong.find(keepsRank) ??
      wrong.find((c) => !(longer.length === 1 && longer[0] === c)) ??
      wrong[0]!;
    out[i] = { ...q, choices: q.choices.filter((c) => c !== drop) };
  }
  return out;
}

// Two-option Part A items ("Accurate" / "Mistaken") are placed too: a fixed order would let "first option" win.
const oneKey = (q: QuestionInput) => q.type === "single_choice" || q.type === "evidence";

/**
 * Places every key by a shuffle seeded from the article, spread evenly: figures and years go in ascending order
 * (as a test maker sets them; the made-up ones lie on either side of the key), and every other item's key goes to
 * the position that has held the key least often so far among items with as many options, ties broken by the
 * seeded draw, so no position can be guessed. Distractors are shuffled around it. Multiple-select options are
 * shuffled; true/false and ordering keep their order (the app shows ordering shuffled).
 */
export function placeKeys(questions: QuestionInput[], seed: number): QuestionInput[] {
  const random = seededRandom(seed);
  const counts = new Map<number, number[]>();
  const tally = (options: number) => {
    let c = counts.get(options);
    if (!c) counts.set(options, (c = Array<number>(options).fill(0)));
    return c;
  };
  const numeric = (q: QuestionInput) => oneKey(q) && q.choices.every((c) => numberOf(c.text) !== null);
  const sorted = new Map<QuestionInput, QuestionInput>();
  for (const q of questions.filter(numeric)) {
    const choices = [...q.choices].sort((a, b) => numberOf(a.text)! - numberOf(b.text)!);
    tally(choices.length)[choices.findIndex((c) => c.correct)]!++;
    sorted.set(q, { ...q, choices });
  }
  return questions.map((q) => {
    if (q.type === "multiple_select") return { ...q, choices: shuffled(q.choices, random) };
    const fixed = sorted.get(q);
    if (fixed) return fixed;
    if (!oneKey(q)) return q;
    const c = tally(q.choices.length);
    const least = Math.min(...c);
    const open = shuffled(
      [...c.keys()].filter((i) => c[i] === least),
      random,
    );
    const at = open[0]!;
    c[at]!++;
    const key = q.choices.find((x) => x.correct)!;
    const others = shuffled(
      q.choices.filter((x) => !x.correct),
      random,
    );
    return { ...q, choices: [...others.slice(0, at), key, ...others.slice(at)] };
  });
}
