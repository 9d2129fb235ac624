/**
 * What the reading lookup's dictionary keeps in a server's memory, measured apart from HTTP (whose buffers and
 * garbage make a server's resident size move by hundreds of MB under load): in a fresh process started with
 * --expose-gc, the JavaScript heap and its external buffers after a full collection, before the first lookup and
 * after `--words` distinct ones (more than WordNet's sense cache holds, so it is at its bound). Prints JSON.
 */
import { parseArgs } from "node:util";
import words from "an-array-of-english-words" with { type: "json" };
import { defineInSentence, readInSentence, wordForms } from "../../../lib/language/define";

const { values } = parseArgs({ options: { words: { type: "string", default: "30000" } } });
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("Run with node --expose-gc");

const keptMb = () => {
  collect();
  const { heapUsed, external } = process.memoryUsage();
  return Math.round((heapUsed + external) / 1e5) / 10;
};

const before = keptMb();
const count = Math.min(Number(values.words), words.length);
const stride = words.length / count;
const started = performance.now();
for (let i = 0; i < count; i++) {
  const word = words[Math.floor(i * stride)]!;
  const sentence = `They talked about the ${word} for a while.`;
  const read = readInSentence(word.toLowerCase(), sentence);
  wordForms(word, sentence, read);
  defineInSentence(word, sentence, read);
}
const msEach = (performance.now() - started) / count;
const after = keptMb();
console.log(
  JSON.stringify({
    words: count,
    before_mb: before,
    after_mb: after,
    growth_mb: Math.round((after - before) * 10) / 10,
    ms_per_lookup: Math.round(msEach * 1000) / 1000,
  }),
);
