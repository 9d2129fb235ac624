import type { ArticleDocument } from "../../content/schema";
import { keyLongestWeight, type KeyStats } from "../../content/audit/key-stats";
import { keyIndexes } from "../../content/audit/set-questions";
import {
  MAX_KEY_LONGEST_SHARE,
  MAX_KEY_POSITION_SHARE,
  POSITION_OPTIONS,
} from "../../content/audit/thresholds";

/** Where a draft sits: lesson and question indexes. */
export type Place = { lesson: number; index: number };

/**
 * The four-option items the audit's key checks fault, when one fails: those keyed at the crowded position, or
 * those keyed on their longest option. A set can pass every passage-blind strategy and still fail these (an
 * encyclopedia page's figure items, options in ascending order, put four of six keys third), so the gate must see
 * them. Latest first: a lesson's later drafts are its lesser ones.
 */
export function faultedFourOptionItems(doc: ArticleDocument, keys: KeyStats): Place[] {
  const row = keys.positions.find((r) => r.options === POSITION_OPTIONS);
  if (!row) return [];
  const top = Math.max(...row.shares);
  const crowded = top > MAX_KEY_POSITION_SHARE ? row.shares.indexOf(top) : undefined;
  const longest = row.keyLongestShare > MAX_KEY_LONGEST_SHARE;
  if (crowded === undefined && !longest) return [];
  const out: Place[] = [];
  doc.lessons.forEach((l, lesson) =>
    l.questions.forEach((q, index) => {
      if ((q.type !== "single_choice" && q.type !== "evidence") || q.choices.length !== POSITION_OPTIONS)
        return;
      const faulted = crowded !== undefined ? keyIndexes(q)[0] === crowded : keyLongestWeight(q) > 0;
      if (faulted) out.push({ lesson, index });
    }),
  );
  return out.reverse();
}
