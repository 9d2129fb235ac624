import type { Sentence } from "./analysis";
import { bodySentences, citeSpan, entitiesIn, type Article, type Draft, type Section } from "./article";
import { orderGivenAway, readsBadly, upperFirst, YEAR, YEAR_IN_TEXT } from "./text";

const MAX_ITEM_WORDS = 24;
const MAX_ITEMS = 5;

const fits = (s: Sentence) => s.text.split(/\s+/).length <= MAX_ITEM_WORDS && !readsBadly(s.text);

/** Steps of a numbered list (a how-to's instructions), in order; the first sentence of each item. */
function steps(article: Article, section: Section): Sentence[] {
  const items = bodySentences(section).filter((s) => s.listItem && s.opensParagraph);
  const numbered = items.filter((s) =>
    /^\d{1,3}\.\s*$/.test(article.text.slice(article.text.lastIndexOf("\n", s.start) + 1, s.start)),
  );
  return numbered.filter(fits);
}

/** "In 1825, the canal opened." → { year: 1825, text: "The canal opened." }: the date taken out, so order must be known. */
function dated(article: Article, s: Sentence): { year: number; text: string } | undefined {
  const years = entitiesIn(article, s).filter((e) => e.kind === "year");
  if (years.length !== 1 || !fits(s)) return undefined;
  const y = years[0]!;
  const year = Number(YEAR.exec(y.text)![0]);
  const lead = new RegExp(
    `^(?:In|By|On|During) (?:the )?(?:[A-Z][a-z]+ )?(?:\\d{1,2},? )?${y.text}(?:s)?,? (.+)$`,
  ).exec(s.text);
  const mid = new RegExp(` (?:in|by|on|during) (?:[A-Z][a-z]+ )?(?:\\d{1,2},? )?${y.text}(?=[,.;!?])`);
  const text = lead ? upperFirst(lead[1]!) : mid.test(s.text) ? s.text.replace(mid, "") : undefined;
  if (!text || YEAR_IN_TEXT.test(text)) return undefined;
  return { year, text };
}

/**
 * Ordering items: a section's numbered steps in the order given, or its dated events in the order they
 * happened with the dates taken out of the items. Items are whole sentences, never cut off.
 */
export function sequenceDraft(article: Article, section: Section): Draft | undefined {
  const list = steps(article, section);
  if (list.length >= 3 && !orderGivenAway(list.slice(0, MAX_ITEMS).map((s) => s.text))) {
    const chosen = list.slice(0, MAX_ITEMS);
    return {
      sentences: [],
      question: {
        type: "ordering",
        skill: "sequence",
        points: 2,
        prompt: `Put these steps in the order the article gives them.`,
        explanation: `The article numbers the steps in this order, from "${chosen[0]!.text}" to "${chosen[chosen.length - 1]!.text}"`,
        citation: citeSpan(article, chosen[0]!, chosen[chosen.length - 1]!),
        choices: chosen.map((s) => ({ text: s.text, correct: true })),
        acceptedAnswers: [],
        evidenceOptions: [],
      },
    };
  }
  const events = bodySentences(section)
    .map((s) => ({ s, d: dated(article, s) }))
    .filter((x): x is { s: Sentence; d: { year: number; text: string } } => !!x.d);
  const byYear = new Map<number, (typeof events)[number]>();
  for (const e of events) if (!byYear.has(e.d.year)) byYear.set(e.d.year, e);
  const ordered = [...byYear.values()].sort((a, b) => a.d.year - b.d.year).slice(0, MAX_ITEMS);
  if (ordered.length < 3 || orderGivenAway(ordered.map((e) => e.d.text))) return undefined;
  const inText = [...ordered].sort((a, b) => a.s.index - b.s.index);
  return {
    sentences: ordered.map((e) => e.s.index),
    question: {
      type: "ordering",
      skill: "sequence",
      points: 2,
      prompt: `According to the article, in what order did these things happen? Put the earliest first.`,
      explanation: `The article dates them: ${ordered.map((e) => `${e.d.year}: ${e.d.text.replace(/[.!?]$/, "")}`).join("; ")}.`,
      citation: citeSpan(article, inText[0]!.s, inText[inText.length - 1]!.s),
      choices: ordered.map((e) => ({ text: e.d.text, correct: true })),
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}
