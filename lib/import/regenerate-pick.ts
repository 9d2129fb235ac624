import type { QuestionInput } from "../content/schema";
import { MAX_DRAFTS_PER_LESSON } from "./parsed-article";

type Existing = { id: string; prompt: string; acceptedAt: Date | null; retiredAt: Date | null };

const promptKey = (prompt: string) => prompt.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Which generated drafts replace a lesson's undecided ones: none that repeats a draft the teacher accepted or
 * rejected, those not shown before first, at most as many as leave the lesson within MAX_DRAFTS_PER_LESSON, in
 * the generator's (the passage's) order.
 */
export function pickRegenerated(candidates: QuestionInput[], existing: Existing[]) {
  const undecided = existing.filter((q) => q.retiredAt === null && q.acceptedAt === null);
  const decided = new Set(existing.filter((q) => !undecided.includes(q)).map((q) => promptKey(q.prompt)));
  const shown = new Set(undecided.map((q) => promptKey(q.prompt)));
  const accepted = existing.filter((q) => q.retiredAt === null && q.acceptedAt !== null).length;
  const room = Math.max(0, MAX_DRAFTS_PER_LESSON - accepted);
  const seen = new Set<string>();
  const pool = candidates.filter((q) => {
    const key = promptKey(q.prompt);
    if (decided.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const fresh = pool.filter((q) => !shown.has(promptKey(q.prompt)));
  const chosen = new Set([...fresh, ...pool.filter((q) => !fresh.includes(q))].slice(0, room));
  const drafts = pool.filter((q) => chosen.has(q));
  return {
    drafts,
    fresh: drafts.filter((q) => fresh.includes(q)).length,
    replaced: undecided.map((q) => q.id),
  };
}
