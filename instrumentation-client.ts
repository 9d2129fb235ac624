import { config } from "zod/v4/core";

// Runs in the browser before the app's own modules (Next.js instrumentation-client convention). Zod probes with
// `new Function` whether it may compile its object parsers, as each schema is built; the pages' CSP allows no
// eval, and the browser reports the refused probe as a violation although Zod recovers and parses without
// compiling. Saying so first skips the probe. The server keeps compiled parsers: no CSP applies there.
config({ jitless: true });
