import { ACTIONS } from "./manifest/actions";
import { CONTENT_ACTIONS } from "./manifest/content-actions";
import { HANDLERS } from "./manifest/handlers";
import { PAGES } from "./manifest/pages";
import { READING_HIGHLIGHT_HANDLERS, READING_HIGHLIGHT_PAGES } from "./manifest/reading-highlights";
import { READING_LOOKUP_ACTIONS, READING_LOOKUP_HANDLERS } from "./manifest/reading-lookup";
import type { Entry } from "./manifest/types";

export type * from "./manifest/types";

/**
 * Every page, route handler (per exported method) and server action (per export of a "use server" module) of the
 * app, with who may use it and a valid example call. tests/unit/security-manifest.test.ts fails when the app has one
 * this list lacks (or this list names one the app no longer has); the security project of the e2e run calls each
 * example as every principal (matrix.spec.ts) and fuzzes the inputs (fuzz.spec.ts).
 */
export const MANIFEST: Entry[] = [
  ...PAGES,
  ...HANDLERS,
  ...ACTIONS,
  ...CONTENT_ACTIONS,
  ...READING_LOOKUP_HANDLERS,
  ...READING_LOOKUP_ACTIONS,
  ...READING_HIGHLIGHT_HANDLERS,
  ...READING_HIGHLIGHT_PAGES,
];

/** How a test names an entry: the page's file, the handler's file and method, the action's module and export. */
export function entryKey(entry: Entry): string {
  switch (entry.kind) {
    case "page":
      return entry.file;
    case "handler":
      return `${entry.method} ${entry.file}`;
    case "action":
      return `${entry.file}#${entry.name}`;
  }
}
