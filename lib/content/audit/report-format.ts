import type { AuditReport } from "./audit";
import type { StrategyScore } from "./blind-scores";

const TYPE_NAMES: Record<string, string> = {
  single_choice: "single choice",
  multiple_select: "multiple select",
  true_false: "true/false",
  evidence: "evidence",
  ordering: "ordering",
};

const LETTERS = "ABCDEFGHIJKL";
const fixed = (n: number) => n.toFixed(2);
const pct = (n: number) => `${n.toFixed(1)}%`;
const signed = (n: number) => `${n > 0 ? "+" : ""}${n.toFixed(1)}`;
const clip = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Columns padded to their widest cell; columns listed in `right` are right-aligned (numbers). */
function table(rows: string[][], right: readonly number[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (right.includes(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd(),
  );
}

const strategyCells = (s: StrategyScore) => [s.label, fixed(s.points), pct(s.percent), signed(s.advantage)];

function blindSection(r: AuditReport): string[] {
  const { blind } = r;
  const rows = [
    ["type", "items", "points", "guessing", "", "best strategy", "points", "", "advantage"],
    ...blind.byType.map((t) => [
      TYPE_NAMES[t.type] ?? t.type,
      String(t.questions),
      String(t.points),
      fixed(t.guess.points),
      pct(t.guess.percent),
      ...strategyCells(t.strategies[0]!),
    ]),
    [
      "whole set",
      String(blind.byType.reduce((n, t) => n + t.questions, 0)),
      String(blind.closedPoints),
      fixed(blind.guess.points),
      pct(blind.guess.percent),
      ...(blind.best ? strategyCells(blind.best) : ["none", "", "", ""]),
    ],
  ];
  const habits = Object.entries(blind.bestPerType.habits).map(([t, h]) => `${TYPE_NAMES[t]}: ${h}`);
  return [
    "Passage-blind strategies against guessing (expected points; % of the type's points, of the closed points",
    "for the whole set; advantage in percentage points over guessing)",
    ...table(rows, [1, 2, 3, 4, 6, 7, 8]),
    `Best habit of each type together: ${fixed(blind.bestPerType.points)} (${pct(blind.bestPerType.percent)}), ` +
      `${signed(blind.bestPerType.advantage)} (${habits.join(", ")})`,
    "",
    "Each strategy over the whole set (guessing where it has no habit)",
    ...table(blind.strategies.map(strategyCells), [1, 2, 3]).map((l) => `  ${l}`),
  ];
}

function keySection(r: AuditReport): string[] {
  const { positions, keyLongest, trueFalse } = r.keys;
  return [
    "Keys (single choice and evidence Part A, by number of options)",
    ...positions.map(
      (p) =>
        `  ${p.options} options, ${p.items} items: ` +
        p.keyAt.map((n, i) => `${LETTERS[i]} ${n} (${pct(p.shares[i]!)})`).join("  ") +
        `; key is the longest: ${p.keyLongest} (${pct(p.keyLongestShare)})`,
    ),
    `  Key is the longest option: ${keyLongest.count} of ${keyLongest.items} (${pct(keyLongest.share)}; a tie for longest counts 1/tied)`,
    trueFalse.trueShare === null
      ? "  True/false: none"
      : `  True/false: ${trueFalse.true} of ${trueFalse.items} keys True (${pct(trueFalse.trueShare)})`,
  ];
}

function textSection(r: AuditReport): string[] {
  const prompt = (n: number) => clip(r.questions[n - 1]?.prompt ?? "", 70);
  const { coverage: c } = r;
  const list = (items: string[]) => (items.length === 0 ? ["  none"] : items.map((i) => `  ${i}`));
  return [
    "Stems asked twice",
    ...list(r.repeatedStems.map((s) => `#${s.a} and #${s.b} (similarity ${s.similarity}): ${prompt(s.a)}`)),
    "Sentences cited by more than two questions",
    ...list(
      c.overcited.map((s) => `sentence ${s.index + 1} (#${s.questions.join(", #")}): ${clip(s.text, 70)}`),
    ),
    "Citations longer than three sentences (ordering, open response and main idea excepted)",
    ...list(r.longCitations.map((l) => `#${l.number} (${l.sentences} sentences): ${prompt(l.number)}`)),
    `Sentences no question covers: ${c.uncovered.length} of ${c.sentences}`,
    ...list(c.uncovered.map((s) => `sentence ${s.index + 1}: ${clip(s.text, 80)}`)),
    "Question warnings",
    ...list(r.warnings.map((w) => `#${w.number}: ${w.warnings.join(" ")}`)),
  ];
}

/** The audit as a readable report for a terminal. */
export function formatAuditReport(r: AuditReport): string {
  const { verdict } = r;
  return [
    `Item audit of "${r.article.title}" (${r.article.slug})`,
    `${r.lessons} lessons, ${r.questions.length} questions; closed points ${r.blind.closedPoints} ` +
      "(short answer and open response are not closed)",
    "",
    ...blindSection(r),
    "",
    ...keySection(r),
    "",
    ...textSection(r),
    "",
    `Verdict: ${verdict.passes ? "PASSES" : "FAILS"} (best strategy limit ${verdict.maxAdvantage} points)`,
    ...verdict.checks.map((c) => `  ${c.passed ? "ok  " : "FAIL"} ${c.message}`),
  ].join("\n");
}
