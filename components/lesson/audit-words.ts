import type { LessonAudit } from "@/lib/content/audit-queries";
import {
  MAX_KEY_LONGEST_SHARE,
  MAX_KEY_POSITION_SHARE,
  POSITION_OPTIONS,
  TRUE_SHARE_MAX,
  TRUE_SHARE_MIN,
} from "@/lib/content/audit/thresholds";

/** One finding of the audit in a teacher's words; "info" where the audit holds it to no limit. */
export type AuditLine = { id: string; status: "ok" | "fail" | "info"; text: string };

// The audit's strategy labels are terse (for the cli); a teacher reads what the student does.
const HABITS: Record<string, string> = {
  longest: "always picks the longest option",
  shortest: "always picks the shortest option",
  first: "always picks the first option",
  last: "always picks the last option",
  middle: "always picks a middle option (B or C)",
  stem_words: "picks the option sharing the most words with the question",
  convergence: "picks the option most like the other options",
  always_true: "always answers True",
  always_false: "always answers False",
  hedged: "picks hedged options (some, may, often) and answers hedged statements True",
  no_absolutes: "avoids absolute words (always, never, all) and answers absolute statements False",
  most_detailed: "picks the most detailed option",
  alphabetical: "puts ordering items in alphabetical order",
};

const LETTERS = "ABCDEFGHIJKL";
const percent = (n: number) => `${Math.round(n)}%`;
const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const questions = (n: number, kind: string) =>
  n === 1 ? `the one ${kind} question` : `the ${n} ${kind} questions`;

function status(audit: LessonAudit, checkId: string): AuditLine["status"] {
  const check = audit.verdict.checks.find((c) => c.id === checkId);
  return check === undefined ? "info" : check.passed ? "ok" : "fail";
}

/** The headline: what the best passage-blind habit scores against guessing, with the lesson's limit. */
export function blindLine(audit: LessonAudit): AuditLine {
  const { best, guess, closedPoints, draft, verdict } = audit;
  const id = "blind_advantage";
  if (closedPoints === 0) {
    return {
      id,
      status: "info",
      text: "This lesson has no choice questions, so nothing can be won by guessing.",
    };
  }
  if (!best || best.advantage <= 0) {
    const text = `No test-taking habit beats guessing, which scores ${percent(guess.percent)} of the choice-question points.`;
    return { id, status: status(audit, id), text };
  }
  const habit = HABITS[best.id] ?? `follows the habit “${best.label}”`;
  const text =
    `A student who ${habit} would score ${percent(best.percent)} of the choice-question points without ` +
    `reading; guessing scores ${percent(guess.percent)}. That is ${points(best.advantage)} percentage points ` +
    `above guessing; the limit for ${draft ? "a draft" : "a published lesson"} is ${verdict.maxAdvantage}.`;
  return { id, status: status(audit, id), text };
}

function keyLines(audit: LessonAudit): AuditLine[] {
  const { positions, keyLongest, trueFalse } = audit.keys;
  const row = positions.find((p) => p.options === POSITION_OPTIONS);
  const lines: AuditLine[] = [];
  if (row) {
    const these = questions(row.items, "four-option");
    lines.push({
      id: "key_longest",
      status: status(audit, "key_longest"),
      text: `The correct answer is the longest option in ${percent(row.keyLongestShare)} of ${these} (aim for ${MAX_KEY_LONGEST_SHARE}% or less).`,
    });
    const spread = row.keyAt.map((n, i) => `${LETTERS[i]} ${n}`).join(", ");
    lines.push({
      id: "key_position",
      status: status(audit, "key_position"),
      text: `Where the correct answer sits in ${these}: ${spread} (aim for no letter above ${MAX_KEY_POSITION_SHARE}%).`,
    });
  } else if (keyLongest.items > 0) {
    const these = questions(keyLongest.items, "one-answer choice");
    lines.push({
      id: "key_longest",
      status: "info",
      text: `The correct answer is the longest option in ${percent(keyLongest.share)} of ${these}.`,
    });
  }
  if (trueFalse.items > 0) {
    lines.push({
      id: "true_false_split",
      status: status(audit, "true_false_split"),
      text: `True/false: the answer is True in ${trueFalse.true} of ${trueFalse.items} question${trueFalse.items === 1 ? "" : "s"} (aim for ${TRUE_SHARE_MIN}–${TRUE_SHARE_MAX}%).`,
    });
  }
  return lines;
}

function stemLine(audit: LessonAudit): AuditLine {
  const pairs = audit.repeatedStems.map((s) => `questions ${s.a} and ${s.b}`);
  const text =
    pairs.length === 0
      ? "No two questions ask nearly the same thing."
      : `These ask nearly the same thing: ${pairs.join("; ")}.`;
  return { id: "repeated_stems", status: status(audit, "repeated_stems"), text };
}

/** Every finding of the set, headline first. */
export const auditLines = (audit: LessonAudit): AuditLine[] => [
  blindLine(audit),
  ...keyLines(audit),
  stemLine(audit),
];

export function verdictText(audit: LessonAudit): string {
  const { passes, failures, checks } = audit.verdict;
  return passes
    ? "Passes: these questions reward reading, not test-taking habits."
    : `Needs work: ${failures.length} of ${checks.length} checks fail.`;
}
