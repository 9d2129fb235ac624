import type { Sentence, Token } from "./analysis";
import { citeSentence, type Article, type Draft } from "./article";
import type { NounUse } from "./noun-distractors";
import { fromElsewhere } from "./feedback";
import { readsBadly, replaceSpan } from "./text";
import { sensesOf } from "../../language/wordnet";

/** A list the article gives in a sentence: "grain, timber and coal", with its offsets. */
export type ListInText = { items: string[]; start: number; end: number; sentence: Sentence };

const ITEM_POS = new Set(["NOUN", "ADJ", "PROPN"]);
const MAX_ITEM_WORDS = 3;

/** The item (1–3 nouns or adjectives ending in a noun) that ends at token `end`, as [first, end]. */
function itemEndingAt(tokens: Token[], end: number): [number, number] | undefined {
  if (!tokens[end] || !["NOUN", "PROPN"].includes(tokens[end]!.pos)) return undefined;
  let first = end;
  while (first > 0 && end - first + 1 < MAX_ITEM_WORDS && ITEM_POS.has(tokens[first - 1]!.pos)) first--;
  return [first, end];
}

/** The item that starts at token `start`: nouns and adjectives up to the last noun. */
function itemStartingAt(tokens: Token[], start: number): [number, number] | undefined {
  let end = start - 1;
  for (let i = start; i < tokens.length && i - start < MAX_ITEM_WORDS && ITEM_POS.has(tokens[i]!.pos); i++)
    if (["NOUN", "PROPN"].includes(tokens[i]!.pos)) end = i;
  return end >= start ? [start, end] : undefined;
}

/**
 * Lists of three or more short noun phrases joined by commas and a final "and" or "or" ("grain, timber and
 * coal", "such as almonds, apples, and blueberries"), read from wink-nlp's parts of speech.
 */
export function listsOf(article: Article): ListInText[] {
  const out: ListInText[] = [];
  for (const s of article.sentences) {
    if (readsBadly(s.text)) continue;
    const t = s.tokens;
    for (let k = 2; k < t.length - 1; k++) {
      if (t[k]!.pos !== "CCONJ" || !["and", "or"].includes(t[k]!.lemma)) continue;
      const lastItem = itemStartingAt(t, k + 1);
      if (!lastItem) continue;
      const items: [number, number][] = [lastItem];
      let at = t[k - 1]!.text === "," ? k - 2 : k - 1;
      for (;;) {
        const item = itemEndingAt(t, at);
        if (!item) break;
        items.unshift(item);
        if (t[item[0] - 1]?.text !== ",") break;
        at = item[0] - 2;
      }
      if (items.length < 3) continue;
      // The first item's leading words may belong to the sentence ("carried grain"): items are nouns only.
      const texts = items.map(([a, b]) => s.text.slice(t[a]!.start - s.start, t[b]!.end - s.start));
      if (texts.some((x) => x.split(" ").length > MAX_ITEM_WORDS) || new Set(texts).size !== texts.length)
        continue;
      out.push({ items: texts, start: t[items[0]![0]]!.start, end: t[lastItem[1]]!.end, sentence: s });
      break;
    }
  }
  return out;
}

const headLexFile = (phrase: string, nouns: readonly NounUse[]) => {
  const head = phrase.split(" ").pop()!.toLowerCase();
  return nouns.find((n) => n.text === head)?.lexFile ?? sensesOf(head.replace(/s$/, ""), "noun")[0]?.lexFile;
};

/**
 * "According to the article, which of these complete the sentence? '… carried _____ between …' Select all that
 * apply." Keys are the list's items; distractors are nouns of the article with the items' head type (WordNet's
 * lexicographer file) that the sentence does not name.
 */
export function multipleSelectDraft(
  article: Article,
  list: ListInText,
  nouns: readonly NounUse[],
): Draft | undefined {
  const lexFiles = new Set(list.items.map((i) => headLexFile(i, nouns)));
  if (lexFiles.size !== 1 || lexFiles.has(undefined)) return undefined;
  const [lexFile] = lexFiles;
  const inSentence = list.sentence.text.toLowerCase();
  const plural = /s$/.test(list.items[0]!);
  const distractors: { text: string; feedback: string }[] = [];
  for (const n of nouns) {
    if (distractors.length >= 2) break;
    if (
      n.lexFile !== lexFile ||
      n.plural !== plural ||
      inSentence.includes(n.lemma) ||
      distractors.some((d) => d.text === n.text)
    )
      continue;
    distractors.push({
      text: n.text,
      feedback: fromElsewhere(n.text, article.sentences[n.sentence]!, n.start, n.end, "").replace(
        /; this sentence says .*$/,
        "; this sentence does not name it.",
      ),
    });
  }
  if (distractors.length < 1) return undefined;
  const blanked = replaceSpan(list.sentence, list.start, list.end, "_____");
  return {
    sentences: [list.sentence.index],
    question: {
      type: "multiple_select",
      skill: "detail",
      points: 2,
      prompt: `According to the article, which of these belong in the blank? "${blanked}" Select all that apply.`,
      explanation: `The article names ${list.items.join(", ")}: "${list.sentence.text}"`,
      citation: citeSentence(list.sentence),
      choices: [
        ...list.items.slice(0, 3).map((k) => ({ text: k, correct: true })),
        ...distractors.map((d) => ({ text: d.text, correct: false, feedback: d.feedback })),
      ],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}
