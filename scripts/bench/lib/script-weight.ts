import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";

export type PageBudget = { budget_kib: number; target_kib: number | null; baseline_kib: number };

/** The committed budgets (scripts/bench/page-weight.budget.json), by page name. */
export function pageBudgets(): Record<string, PageBudget> {
  const file = path.join(process.cwd(), "scripts", "bench", "page-weight.budget.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { pages: Record<string, PageBudget> }).pages;
}

/**
 * Opens `url` in a new tab of `context` (give it an empty cache: a new context) and adds up the bytes Chromium
 * received for scripts, as encoded on the wire (gzip), until the network is idle, so chunks a page loads after
 * its own load (charts) count too. Fails when the page does not answer 2xx.
 */
export async function scriptWeight(
  context: BrowserContext,
  url: string,
): Promise<{ kib: number; scripts: number }> {
  const tab = await context.newPage();
  const sizes: Promise<number>[] = [];
  tab.on("requestfinished", (request) => {
    if (request.resourceType() === "script") sizes.push(request.sizes().then((s) => s.responseBodySize));
  });
  const response = await tab.goto(url, { waitUntil: "networkidle" });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await tab.close();
  return { kib: Math.round((bytes / 1024) * 10) / 10, scripts: sizes.length };
}
