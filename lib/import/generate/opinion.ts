import type { Sentence } from "./analysis";
import type { Article } from "./article";
import { announcesView } from "./author-view";
import { DANGLING_OPENER } from "./overview-statements";
import { readsBadly } from "./text";

const STANCE =
  /\b(?:I|[Ww]e)\s+(?:think|believe|argue|would argue|am convinced|are convinced|urge|propose|suggest|disagree|agree|doubt|hope)\b|\b(?:[Ii]n my (?:view|opinion)|[Tt]o my mind)\b/g;
const SHOULD = /\b(?:should|ought to|must)\b/gi;
const EVALUATIVE =
  /\b(?:unfair|wrong|foolish|wise|sensible|absurd|misguided|short-?sighted|reckless|a mistake|unacceptable|ridiculous|deserves?|worth it)\b/gi;
const QUOTED = /["“][^"”]*["”]/g;
const SPEAKER_LABEL = /^[A-Z][A-Za-z .'-]{0,30}:/gm;

/** How many opinion markers a text has outside quotations: first-person stance, "should", evaluative words. */
export function opinionMarkers(text: string): { stance: number; total: number } {
  const own = text.replace(QUOTED, "");
  const stance = own.match(STANCE)?.length ?? 0;
  return {
    stance,
    total: stance + (own.match(SHOULD)?.length ?? 0) + (own.match(EVALUATIVE)?.length ?? 0),
  };
}

/**
 * The sentence of a part that states its writer's view most plainly: the most first-person stance, then the most
 * opinion markers. Quoted as evidence, it must read alone ("Not everyone sees it this way" needs the sentence
 * before).
 */
export function opinionSentence(
  sentences: readonly Sentence[],
): { sentence: Sentence; stance: number } | undefined {
  const marked = sentences
    .filter(
      (x) =>
        !readsBadly(x.text) &&
        !announcesView(x.text) &&
        x.text.split(" ").length <= 40 &&
        !DANGLING_OPENER.test(x.text) &&
        !/\b(?:this|that) way\b|\blike this\b/i.test(x.text),
    )
    .map((x) => ({ x, m: opinionMarkers(x.text) }))
    .filter(({ m }) => m.total > 0)
    .sort((p, q) => q.m.stance - p.m.stance || q.m.total - p.m.total)[0];
  return marked && { sentence: marked.x, stance: marked.m.stance };
}

/**
 * The author states a view when the article (outside quotations) has a first-person stance ("I think", "in my
 * view") and at least three opinion markers in all, and is not an interview (three or more speaker labels: the
 * first person there is the guest's). News, science reports, how-tos and both-sides analyses have none, and get
 * no "author's view" question. The evidence: marked sentences from two different sections.
 */
export function authorOpinion(
  article: Article,
):
  | { evidence: [{ section: string; sentence: Sentence }, { section: string; sentence: Sentence }] }
  | undefined {
  const markers = opinionMarkers(article.text);
  if (markers.stance < 1 || markers.total < 3) return undefined;
  if ((article.text.match(SPEAKER_LABEL)?.length ?? 0) >= 3) return undefined;
  const found: { section: string; sentence: Sentence; stance: number }[] = [];
  for (const section of article.sections) {
    const marked = opinionSentence(section.sentences);
    if (marked) found.push({ section: section.heading, ...marked });
  }
  if (found.length < 2) return undefined;
  found.sort((p, q) => q.stance - p.stance);
  const [a, b] = found as [(typeof found)[0], (typeof found)[0]];
  return { evidence: [a, b] };
}
