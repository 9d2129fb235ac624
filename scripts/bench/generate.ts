/**
 * Bench for issues 6 and 15: time to import and generate lessons from the shared article (~1,400 words), a
 * 1,000-word slice of it, and a 3,000-word article made by joining the shared article with fixture articles (a
 * made-up concatenation, labelled so), against a baseline of sentence splitting alone. The first, cold run (the
 * NLP model, WordNet and the frequency list loaded on first use) is reported apart from the warm median.
 * Usage: tsx scripts/bench/generate.ts [--runs N] [--json file]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildDocument } from "../../lib/import/build-document";
import { readArticle } from "../../lib/import/read-text";
import { splitSentences } from "../../lib/import/sentences";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "50" }, json: { type: "string" } },
});
const runs = Number(values.runs);
const shared = readFileSync("prisma/content/trump-putin-peace-negotiation-strategy.txt", "utf8");

// A 1,000-word slice: the article up to the end of the sentence holding its 1,000th word.
function slice(raw: string, words: number): string {
  const word = /\S+/g;
  let end = raw.length;
  for (let n = 1, m = word.exec(raw); m; n++, m = word.exec(raw)) {
    if (n === words) {
      end = m.index + m[0].length;
      break;
    }
  }
  const stop = raw.slice(end).search(/[.!?](\s|$)/);
  return raw.slice(0, stop < 0 ? raw.length : end + stop + 1);
}

/**
 * About 3,000 words: the shared article followed by the plain-text and markdown fixture articles, each fixture's
 * title a heading, up to the sentence holding the 3,000th word.
 */
function threeThousandWords(): string {
  const dir = "tests/fixtures/articles";
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") || f.endsWith(".md"))
    .sort()
    .map((f) =>
      readFileSync(`${dir}/${f}`, "utf8")
        .replace(/^#+\s*/gm, "")
        .replace(/^(?:By|Interview by) .*$/m, ""),
    );
  return slice([shared, ...parts, shared].join("\n\n"), 3000);
}

/** The first run of all, before anything is loaded: model, dictionaries and caches cold. */
function cold(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function measure(fn: () => void) {
  fn(); // warm-up, not measured
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}

const joined = threeThousandWords();
const coldMs = cold(() => buildDocument(readArticle(joined, "text")));

const results = [
  { name: "shared article", raw: shared },
  { name: "1,000-word slice", raw: slice(shared, 1000) },
  { name: "3,000 words (shared article + fixture articles, joined)", raw: joined },
].map(({ name, raw }) => {
  const words = raw.split(/\s+/).filter(Boolean).length;
  const generate = measure(() => buildDocument(readArticle(raw, "text")));
  const baseline = measure(() => splitSentences(raw));
  return {
    name,
    words,
    runs,
    generate,
    baseline,
    wordsPerSecond: Math.round(words / (generate.medianMs / 1000)),
  };
});

for (const r of results) {
  console.log(
    `${r.name} (${r.words} words, ${r.runs} runs): generate median ${r.generate.medianMs.toFixed(2)} ms, p95 ${r.generate.p95Ms.toFixed(2)} ms, ${r.wordsPerSecond} words/s; baseline (sentence splitting) median ${r.baseline.medianMs.toFixed(2)} ms, p95 ${r.baseline.p95Ms.toFixed(2)} ms`,
  );
}
console.log(
  `3,000-word case, first cold run in this process (wink model, WordNet, word frequencies loaded): ${coldMs.toFixed(0)} ms`,
);
if (values.json) writeFileSync(values.json, JSON.stringify({ bench: "generate", coldMs, results }, null, 2));
