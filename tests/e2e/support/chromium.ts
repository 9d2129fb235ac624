import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * The browser for the e2e tests, never downloaded: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then one
 * installed by `npx playwright install chromium`; or why there is none.
 */
export function findChromium(): { path: string } | { problem: string } {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv) ? { path: fromEnv } : { problem: `CHROMIUM_PATH=${fromEnv} does not exist.` };
  }
  if (existsSync("/usr/bin/chromium")) return { path: "/usr/bin/chromium" };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own };
  } catch {
    // No browser registry for this platform: same answer as "not installed".
  }
  return {
    problem:
      "No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.",
  };
}
