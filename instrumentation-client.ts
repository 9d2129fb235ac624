// Runs in the browser before the app's own modules (Next.js's instrumentation-client convention).
//
// Zod probes with `new Function` whether it may compile its object parsers, as each schema is built; the pages'
// CSP allows no eval, and the browser reports the refused probe as a violation although Zod recovers and parses
// without compiling. Zod's `jitless` setting skips the probe. It is set on the object Zod keeps its settings in
// (`globalThis.__zod_globalConfig`, which Zod adopts when it exists) rather than through `z.config()`, because
// importing Zod here put 5 KB (gzip) of it on every page, including pages that use no Zod at all.
// tests/unit/zod-jitless.test.ts fails if a Zod upgrade stops reading it. The server is untouched: no CSP there.
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

(globalThis.__zod_globalConfig ??= {}).jitless = true;

export {};
