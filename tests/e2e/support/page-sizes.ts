import type { Page } from "@playwright/test";

/** The sizes issue 17's checks run at: a laptop and a phone. */
export const PAGE_SIZES = [
  { name: "desktop", viewport: { width: 1366, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

/**
 * Screenshots to look at by eye, under test-results/e2e-shots/<prefix>-<name>.png; on a machine too loaded to take
 * one in time, the test goes on without it.
 */
export const screenshots = (prefix: string) => (page: Page, name: string) =>
  page
    .screenshot({ path: `test-results/e2e-shots/${prefix}-${name}.png`, timeout: 20_000 })
    .then(() => undefined)
    .catch(() => console.warn(`screenshot ${prefix}-${name} not taken in time`));

/** A string as a literal part of a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
