/**
 * npm run bench:weight [-- --json <file>]
 *
 * Page weight against committed budgets (scripts/bench/page-weight.budget.json): for each page, the bytes of
 * JavaScript Chromium transfers on a first visit with an empty cache (gzip as `next start` serves it, framework
 * chunks and polyfills included, and chunks loaded after the page's own load, such as charts), from the production
 * build in .next (built first when there is none). Exits 1 when a page is over its budget.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { findChromium } from "../../tests/e2e/support/chromium";
import { startDemoApp } from "./lib/demo-app";
import { demoCookies, demoPages, freshContext, takeDemoQuiz, type DemoPage } from "./lib/demo-pages";
import { pageBudgets, scriptWeight } from "./lib/script-weight";

const { values } = parseArgs({ options: { json: { type: "string" } } });
const budgets = pageBudgets();

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
    const { kib, scripts } = await scriptWeight(context, `${app.baseUrl}${page.path}`);
    await context.close();
    const budget = budgets[page.name];
    figures[page.name] = { script_kib: kib, scripts, budget_kib: budget?.budget_kib };
    const verdict = !budget ? "no budget" : kib > budget.budget_kib ? "OVER" : "ok";
    if (budget && kib > budget.budget_kib) over++;
    const target = budget ? `  budget ${budget.budget_kib}  target ${budget.target_kib}` : "";
    console.log(
      `${page.name.padEnd(26)} ${String(kib).padStart(7)} KiB in ${scripts} scripts${target}  ${verdict}`,
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
