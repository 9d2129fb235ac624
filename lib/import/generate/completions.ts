import type { QuestionInput } from "../../content/schema";
import type { Sentence } from "./analysis";
import type { Article, Draft } from "./article";
import { blankDraft, blankTarget } from "./blanks";
import type { NounUse } from "./noun-distractors";
import { ASIDE, readsBadly } from "./text";

/**
 * A section's sentence completions, offered to its lesson: up to three single choices and one short answer on a
 * name or figure. `twins`, when given, receives each single choice's short-answer twin (on a name or figure) for
 * the audit gate.
 */
export function offerCompletions(
  article: Article,
  body: readonly Sentence[],
  nouns: readonly NounUse[],
  offer: (d: Draft | undefined) => boolean,
  twins?: Map<string, QuestionInput>,
): void {
  let choices = 0;
  let short = 0;
  const blanked = new Set<string>();
  // The blanks that ask most what their sentences report first (a result before a sample's size), in the
  // section's order among equals.
  const targets = body
    .filter((s) => !readsBadly(s.text) && !ASIDE.test(s.text) && s.text.split(/\s+/).length >= 7)
    .flatMap((s) => {
      const target = blankTarget(article, s, nouns);
      return target ? [{ s, target }] : [];
    })
    .sort((a, b) => b.target.worth - a.target.worth);
  for (const { s, target } of targets) {
    if (choices >= 3 && short >= 1) break;
    // Never the same answer twice in a lesson.
    if (blanked.has(target.text.toLowerCase())) continue;
    blanked.add(target.text.toLowerCase());
    const asShort = short < 1 && (target.isName || /\d/.test(target.text)) && choices >= 1;
    if (asShort) {
      if (offer(blankDraft(article, s, target, true))) short++;
    } else if (choices < 3) {
      const draft = blankDraft(article, s, target, false);
      if (!offer(draft)) continue;
      choices++;
      // Its short-answer twin, for the gate: on a name or figure only, as the lesson's own short answer is.
      const twin = twins && (target.isName || /\d/.test(target.text)) && blankDraft(article, s, target, true);
      if (twin) twins.set(draft!.question.prompt, twin.question);
    }
  }
}
