/**
 * npm run bench:weight [-- --json <file>]
 *
 * Page weight against committed budgets (scripts/bench/page-weight.budget.json): for each page, the bytes of
 * JavaScript Chromium transfers on a first visit with an empty cache (gzip as `next start` serves it, framework
 * chunks and polyfills included, and chunks loaded after the page's own load, such as charts), from the production
 * build in .next (built first when there is none). Exits 1 when a page is over its budget.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { findChromium } from "../../tests/e2e/support/chromium";
import { startDemoApp } from "./lib/demo-app";
import { demoCookies, demoPages, freshContext, takeDemoQuiz, type DemoPage } from "./lib/demo-pages";

const { values } = parseArgs({ options: { json: { type: "string" } } });
type Budget = { budget_kib: number; target_kib: number | null; baseline_kib: number };
const budgets = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "page-weight.budget.json"), "utf8"),
) as { pages: Record<string, Budget> };

const found = findChromium();
if ("problem" in found) {
  console.error(found.problem);
  process.exit(2);
}
const app = await startDemoApp("weight", Number(process.env.BENCH_PORT ?? 3200));
const browser = await chromium.launch({
  executablePath: found.path,
  args: process.getuid?.() === 0 ? ["--no-sandbox"] : [],
});

const figures: Record<string, { script_kib: number; scripts: number; budget_kib?: number }> = {};
let over = 0;
try {
  const cookies = await demoCookies(app.baseUrl);
  const measure = async (page: DemoPage) => {
    const context = await freshContext(browser, app.baseUrl, cookies[page.who]);
    const tab = await context.newPage();
    const sizes: Promise<number>[] = [];
    tab.on("requestfinished", (request) => {
      if (request.resourceType() === "script") sizes.push(request.sizes().then((s) => s.responseBodySize));
    });
    const response = await tab.goto(`${app.baseUrl}${page.path}`, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`${page.path} answered ${response?.status()}`);
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    await context.close();
    const kib = Math.round((bytes / 1024) * 10) / 10;
    const budget = budgets.pages[page.name];
    figures[page.name] = { script_kib: kib, scripts: sizes.length, budget_kib: budget?.budget_kib };
    const verdict = !budget ? "no budget" : kib > budget.budget_kib ? "OVER" : "ok";
    if (budget && kib > budget.budget_kib) over++;
    const target = budget ? `  budget ${budget.budget_kib}  target ${budget.target_kib}` : "";
    console.log(
      `${page.name.padEnd(26)} ${String(kib).padStart(7)} KiB in ${sizes.length} scripts${target}  ${verdict}`,
    );
  };
  const pages = demoPages(app);
  const byName = (name: string) => pages.find((p) => p.name === name)!;
  for (const name of ["landing", "sign_in", "student_dashboard"]) await measure(byName(name));
  await takeDemoQuiz(browser, app, cookies.student, () => measure(byName("quiz")));
  for (const name of ["student_progress", "report", "teacher_student_progress"]) await measure(byName(name));
} finally {
  await browser.close();
  await app.stopAll();
}
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify({ pages: figures, over_budget: over }, null, 2)}\n`);
  console.log(`wrote ${values.json}`);
}
if (over > 0) console.error(`${over} page(s) over budget.`);
process.exit(over > 0 ? 1 : 0);
