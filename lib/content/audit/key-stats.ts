import type { QuestionInput } from "../schema";
import { keyIndexes, type SetQuestion } from "./set-questions";

/** Single-key choice items (single choice, evidence Part A) with the same number of options. */
export type PositionRow = {
  options: number;
  items: number;
  /** How many keys sit at each position (first to last), and the same as % of the row's items. */
  keyAt: number[];
  shares: number[];
  keyLongest: number;
  keyLongestShare: number;
};

export type KeyStats = {
  positions: PositionRow[];
  /** Over every single-key choice item, whatever its number of options. */
  keyLongest: { items: number; count: number; share: number };
  trueFalse: { items: number; true: number; trueShare: number | null };
};

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/**
 * 1 when the key is the longest option alone; when it ties with others for the longest, 1/(options tied): the
 * chance that a student picking the longest at random among the tied ones picks the key.
 */
export function keyLongestWeight(q: QuestionInput): number {
  const lengths = q.choices.map((c) => c.text.trim().length);
  const longest = Math.max(...lengths);
  const tied = lengths.filter((l) => l === longest).length;
  const [key] = keyIndexes(q);
  return key !== undefined && lengths[key] === longest ? 1 / tied : 0;
}

const hasOneKey = (q: QuestionInput) => q.type === "single_choice" || q.type === "evidence";

export function keyStats(set: readonly SetQuestion[]): KeyStats {
  const single = set.map((s) => s.question).filter(hasOneKey);
  const counts = [...new Set(single.map((q) => q.choices.length))].sort((a, b) => a - b);
  const positions = counts.map((options) => {
    const row = single.filter((q) => q.choices.length === options);
    const keyAt = Array.from({ length: options }, (_, i) => row.filter((q) => keyIndexes(q)[0] === i).length);
    const keyLongest = row.reduce((sum, q) => sum + keyLongestWeight(q), 0);
    return {
      options,
      items: row.length,
      keyAt,
      shares: keyAt.map((n) => percent(n, row.length)),
      keyLongest: Math.round(keyLongest * 100) / 100,
      keyLongestShare: percent(keyLongest, row.length),
    };
  });
  const longest = single.reduce((sum, q) => sum + keyLongestWeight(q), 0);
  const tf = set.map((s) => s.question).filter((q) => q.type === "true_false");
  const trueKeys = tf.filter((q) =>
    q.choices.some((c) => c.correct && c.text.trim().toLowerCase() === "true"),
  );
  return {
    positions,
    keyLongest: {
      items: single.length,
      count: Math.round(longest * 100) / 100,
      share: percent(longest, single.length),
    },
    trueFalse: {
      items: tf.length,
      true: trueKeys.length,
      trueShare: tf.length === 0 ? null : percent(trueKeys.length, tf.length),
    },
  };
}
