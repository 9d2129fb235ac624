/**
 * V8's old-generation limit for a production server (`npm start`, `npm run cluster`, the benchmarks' servers).
 *
 * Without it V8 sizes the heap from the machine's memory (4 GB on a 24 GB machine) and collects lazily: in a
 * 10-minute `npm run bench:soak` the old space grew by about 1.5 MB/s of garbage from about 100 MB live to 260 MB
 * before a full collection brought it back to 100, so the resident size swung between 340 and 460 MB, up to 576
 * MB under heavier load, with no leak (the live size after each collection stayed level). 288 MB keeps issue
 * 19's budget of 450 MB: about 120 MB of the process is outside V8's heap (Node, Next.js's code, native modules)
 * and 32 MB is the young generation. The live heap under that load is about 150 MB; a server whose live heap
 * outgrew the limit would stop with "JavaScript heap out of memory" (raise it through NODE_OPTIONS, which
 * comes after this and so wins).
 */
export const SERVER_OLD_SPACE_MB = 288;

/** NODE_OPTIONS for `next start`: the limit above, then whatever NODE_OPTIONS the environment already has. */
export function serverNodeOptions(env: NodeJS.ProcessEnv = process.env): string {
  return [`--max-old-space-size=${SERVER_OLD_SPACE_MB}`, env.NODE_OPTIONS].filter(Boolean).join(" ");
}
