import type { BlindScores } from "./blind-scores";
import type { KeyStats } from "./key-stats";
import type { RepeatedStem } from "./stems";

/** The best passage-blind strategy may beat guessing by this many percentage points of the closed points. */
export const CURATED_MAX_ADVANTAGE = 5;
/** Generated drafts are held to a looser limit: the teacher still reviews each one. */
export const DRAFT_MAX_ADVANTAGE = 10;
/** Key position and key-is-longest limits are judged on 4-option items, the common format (chance is 25%). */
export const POSITION_OPTIONS = 4;
export const MAX_KEY_POSITION_SHARE = 35;
export const MAX_KEY_LONGEST_SHARE = 35;
export const TRUE_SHARE_MIN = 40;
export const TRUE_SHARE_MAX = 60;

/**
 * Whether true/false keys are split as evenly as the items allow: 40–60% True, or, where no count of so few items
 * lands there (one item, three), one of the two counts nearest half. Three items can never be 40–60% True, so the
 * range alone failed every such set whatever its keys; a habit of always answering one way still shows in the
 * passage-blind advantage.
 */
export function evenTrueFalseSplit(trueKeys: number, items: number): boolean {
  const inRange = (k: number) => {
    const share = (k / items) * 100;
    return share >= TRUE_SHARE_MIN && share <= TRUE_SHARE_MAX;
  };
  if (inRange(trueKeys)) return true;
  const reachable = Array.from({ length: items + 1 }, (_, k) => k).some(inRange);
  return !reachable && Math.abs(trueKeys - items / 2) <= 0.5;
}

export type Check = { id: string; passed: boolean; message: string };
export type Verdict = { passes: boolean; maxAdvantage: number; checks: Check[]; failures: string[] };

const LETTERS = "ABCDEFGHIJKL";

function checks(blind: BlindScores, keys: KeyStats, stems: RepeatedStem[], maxAdvantage: number): Check[] {
  const { best } = blind;
  const row = keys.positions.find((r) => r.options === POSITION_OPTIONS);
  const top = row ? Math.max(...row.shares) : 0;
  const at = row ? row.shares.indexOf(top) : 0;
  const tf = keys.trueFalse;
  const allowed = Math.max(maxAdvantage, blind.unavoidable);
  return [
    {
      id: "blind_advantage",
      passed: !best || best.advantage <= allowed,
      message: best
        ? `best passage-blind strategy (${best.label}) beats guessing by ${best.advantage} points of the closed points (limit ${maxAdvantage}${allowed > maxAdvantage ? `, or ${allowed}, the least any keying of so few items allows` : ""})`
        : "no closed questions",
    },
    {
      id: "key_position",
      passed: top <= MAX_KEY_POSITION_SHARE,
      message: row
        ? `most common key position of ${POSITION_OPTIONS}-option items is ${LETTERS[at]} with ${top}% (${row.keyAt[at]} of ${row.items}; limit ${MAX_KEY_POSITION_SHARE}%)`
        : `no ${POSITION_OPTIONS}-option items`,
    },
    {
      id: "key_longest",
      passed: !row || row.keyLongestShare <= MAX_KEY_LONGEST_SHARE,
      message: row
        ? `key is the longest option in ${row.keyLongestShare}% of ${POSITION_OPTIONS}-option items (limit ${MAX_KEY_LONGEST_SHARE}%)`
        : `no ${POSITION_OPTIONS}-option items`,
    },
    {
      id: "true_false_split",
      passed: tf.trueShare === null || evenTrueFalseSplit(tf.true, tf.items),
      message:
        tf.trueShare === null
          ? "no true/false items"
          : `${tf.trueShare}% of true/false keys are True (${tf.true} of ${tf.items}; expected ${TRUE_SHARE_MIN}-${TRUE_SHARE_MAX}%, or as near half as ${tf.items} items allow)`,
    },
    {
      id: "repeated_stems",
      passed: stems.length === 0,
      message:
        stems.length === 0
          ? "no stem is asked twice"
          : `${stems.length} pair(s) of questions ask nearly the same thing: ${stems.map((s) => `#${s.a} and #${s.b}`).join(", ")}`,
    },
  ];
}

export function verdict(
  blind: BlindScores,
  keys: KeyStats,
  stems: RepeatedStem[],
  maxAdvantage = CURATED_MAX_ADVANTAGE,
): Verdict {
  const all = checks(blind, keys, stems, maxAdvantage);
  const failures = all.filter((c) => !c.passed).map((c) => c.message);
  return { passes: failures.length === 0, maxAdvantage, checks: all, failures };
}
