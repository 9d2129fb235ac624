import type { Token } from "./analysis";
import { citeSentence, type Draft } from "./article";
import { tokensOf, type CauseEffect } from "./cause-effect";
import { upperFirst } from "./text";
import { startsWithName } from "./true-false-names";

/**
 * What a reason earns: a one-sentence answer, marked full or partial. The overview's open responses are worth 4 for
 * two parts and a link between them; this one asks one reason from one sentence.
 */
const POINTS = 2;

const RUBRIC =
  "Reason (2 points): 2 gives the reason the article states, in the student's own words or a short quotation, and links it to what it led to; 1 gives the reason only in part, or copies the whole sentence without saying which part is the reason; 0 gives another reason, or none.";

/** Auxiliaries that open a question when moved before the subject ("the roads were closed" → "were the roads closed"). */
const INVERTIBLE = /^(?:is|are|was|were|can|could|will|would|may|might|must|should|has|have|had)$/i;

/** A pronoun in the effect names something only the sentence before it says: the stem would dangle. */
const DANGLING = /^(?:it|this|they|them|these|those|he|she|him)$/i;

/**
 * A possessive with nothing before it in the effect it could stand for: "Burning timber fell onto their roofs"
 * (the houses are in the cause, which the stem leaves out), "signed by her father". "The town needed … its first
 * omnibus" names its town first.
 */
function danglingPossessive(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const before = tokens.slice(0, i).filter((x) => x.pos === "NOUN" || x.pos === "PROPN");
    switch (t.text.toLowerCase()) {
      case "its":
        return !before.some((x) => !/s$/i.test(x.text));
      case "their":
        return !before.some((x) => /s$/i.test(x.text));
      case "his":
      case "her":
        return !before.some((x) => x.pos === "PROPN");
      default:
        return false;
    }
  });
}

/**
 * A side as it reads inside another sentence: its capital kept only for a name. The tagger takes a sentence's first
 * common noun for a name ("Demand for newsprint…", "Winters are mild…"), so causesOf may have left it capitalised.
 */
const inSentence = (item: CauseEffect, side: string) =>
  startsWithName(item.sentence, side) ? side : side.charAt(0).toLowerCase() + side.slice(1);

/**
 * The effect as a "why" question, when its first verb is an auxiliary after a subject of no verb ("the roads were
 * closed" → "why were the roads closed"). Other verbs need "do" and the verb's tense, which the tagger does not give
 * reliably ("spread" is past and present alike): those are quoted instead.
 */
function whyQuestion(item: CauseEffect, tokens: readonly Token[]): string | undefined {
  const verb = tokens.findIndex((t) => t.pos === "AUX" || t.pos === "VERB");
  const aux = tokens[verb];
  if (verb < 1 || !aux || aux.pos !== "AUX" || !INVERTIBLE.test(aux.text)) return undefined;
  // An auxiliary followed by "not" or a second auxiliary ("had been") moves only in part: quoted instead.
  if (tokens[verb + 1]?.pos === "AUX" || tokens[verb + 1]?.pos === "PART") return undefined;
  // Offsets into the effect as causesOf gave it (its first letter lowered unless a name).
  const base = item.sentence.start + item.sentence.text.toLowerCase().indexOf(item.effect.toLowerCase());
  const subject = item.effect.slice(0, tokens[verb - 1]!.end - base);
  const rest = item.effect.slice(aux.end - base).trim();
  if (!rest) return undefined;
  return `why ${aux.text.toLowerCase()} ${inSentence(item, subject)} ${rest}`;
}

/**
 * "According to the article, why …?" asked as an open response: the reason a sentence gives for what it reports,
 * marked by the teacher, so no wrong options are needed (the eleventh round found no section that gives two other
 * reasons fit to be wrong options). Undefined when the effect names something only the sentence before says.
 */
export function causeResponseDraft(item: CauseEffect): Draft | undefined {
  const tokens = tokensOf(item.sentence, item.effect);
  // "Queues form": two words name too little to find in the passage or to read as a statement of its own.
  if (
    item.effect.split(/\s+/).length < 3 ||
    tokens.length === 0 ||
    tokens.some((t) => DANGLING.test(t.text) && t.pos === "PRON") ||
    danglingPossessive(tokens)
  )
    return undefined;
  const why = whyQuestion(item, tokens);
  const prompt = why
    ? `According to the article, ${why}? Answer in a sentence or two.`
    : `According to the article, what led to this: "${upperFirst(item.effect)}"? Answer in a sentence or two.`;
  return {
    sentences: [item.sentence.index],
    question: {
      type: "open_response",
      skill: "cause_effect",
      points: POINTS,
      prompt,
      explanation: `Marking guide: the reason the article gives is "${inSentence(item, item.cause)}" (the sentence "${item.sentence.text}"). A full answer gives that reason, in the student's own words or a short quotation, as why ${inSentence(item, item.effect)}; a partial answer gives the reason only in part, or quotes the whole sentence without picking out the reason.`,
      citation: citeSentence(item.sentence),
      rubric: RUBRIC,
      choices: [],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}
