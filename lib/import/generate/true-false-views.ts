import { contentWords, sharedCount } from "../../content/audit/words";
import { citeSentence, type Article, type Draft } from "./article";
import { ARGUING, sameHolder, VAGUE_HOLDER, type View } from "./perspective";
import { statementFeedback } from "./feedback";
import { alsoHolds, onOneSide } from "./view-holders";

/**
 * Wording that cannot be given to another holder unchanged: a first or second person in a quotation ("we must…")
 * and a gendered pronoun, which would tell a man's view from a woman's by its words alone.
 */
const PERSONAL = /\b(?:I|me|my|we|us|our|you|your|he|him|his|she|her|hers)\b/i;

/**
 * The view as a clause after "argues that": its first letter lowered unless the first word is a name, which the
 * article writes capitalised after a lower-case word too ("in Saltmoor").
 */
function asClause(content: string, article: Article): string {
  const first = content.split(" ")[0]!;
  const named = article.sentences.some((s) =>
    s.tokens.some((t, i) => i > 0 && t.text === first && /^[a-z]/.test(s.tokens[i - 1]!.text)),
  );
  return named ? content : content.charAt(0).toLowerCase() + content.slice(1);
}

/** A sentence saying someone agrees ("Professor Voss agrees.", "Kuti concurs with Calloway that…"). */
const AGREES = /\b(?:agrees?|agreed|concurs?|concurred)\b/i;

/**
 * Another named holder of the view's kind whom the article gives a different view, nearest the view's sentence:
 * never one who also holds it, nor one on its holder's side, nor one the article says agrees, nor one whose own
 * view (read through a pronoun, so not found by alsoHolds) repeats it: each would make the false statement true.
 */
function otherHolder(view: View, views: readonly View[], article: Article): View | undefined {
  const wanted = contentWords(view.content);
  const echoes = (v: View) => sharedCount(wanted, contentWords(v.content)) / Math.max(wanted.size, 1) >= 0.4;
  const agrees = (holder: string) => {
    const mark = holder.split(" ").at(-1)!;
    return article.sentences.some((s) => AGREES.test(s.text) && s.tokens.some((t) => t.text === mark));
  };
  return views
    .filter(
      (v) =>
        v.kind === view.kind &&
        !VAGUE_HOLDER.test(v.holder) &&
        !sameHolder(v.holder, view.holder) &&
        !onOneSide(v.holder, view.holder) &&
        !alsoHolds(v.holder, view, article) &&
        !agrees(v.holder) &&
        !views.some((w) => sameHolder(w.holder, v.holder) && echoes(w)),
    )
    .sort(
      (a, b) =>
        Math.abs(a.sentence.index - view.sentence.index) - Math.abs(b.sentence.index - view.sentence.index),
    )[0];
}

/**
 * "True or false: according to the article, <holder> argues that <view>." for a view too few holders share for a
 * three-option question (two named experts who disagree). True gives the view to its holder; false to the other
 * holder, in the same words, so only who holds it tells the key. Named people and organisations only: a side
 * ("critics") stands among other sides in the single-choice item.
 */
export function viewStatementDraft(
  view: View,
  views: readonly View[],
  article: Article,
  correct: boolean,
): Draft | undefined {
  if (view.kind === "group" || VAGUE_HOLDER.test(view.holder) || PERSONAL.test(view.content))
    return undefined;
  const other = otherHolder(view, views, article);
  if (!other) return undefined;
  // The article's kind of saying: a plan reported with "said" ("the county would review…") is no argument.
  const verb = view.found ? "found" : ARGUING.test(view.sentence.text) ? "argues" : "says";
  const said = (holder: string) =>
    `according to the article, ${holder} ${verb} that ${asClause(view.content, article)}.`;
  const source = view.sentence.text;
  return {
    sentences: [view.sentence.index],
    question: {
      type: "true_false",
      skill: "claim_vs_criticism",
      points: 1,
      prompt: `True or false: ${said(correct ? view.holder : other.holder)}`,
      explanation: `${correct ? "True" : "False"}: the article gives this ${view.found ? "finding" : "view"} to ${view.holder}: "${source}"`,
      citation: citeSentence(view.sentence),
      choices: [
        {
          text: "True",
          correct,
          ...(correct
            ? {}
            : {
                feedback: `The article gives this to ${view.holder}, not to ${other.holder}: "${source}" ${other.holder}'s own view is different: "${other.sentence.text}"`,
              }),
        },
        {
          text: "False",
          correct: !correct,
          ...(correct ? { feedback: statementFeedback(true, source) } : {}),
        },
      ],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}
