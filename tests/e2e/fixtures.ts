import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export { expect };
export * from "../../lib/seed/demo-accounts";

/** A console error or uncaught page error a test expects: a substring or a pattern of its text or URL. */
export type ErrorPattern = string | RegExp;

type BrowserProblem = { kind: "console.error" | "pageerror"; text: string; where: string };

function matches(pattern: ErrorPattern, text: string): boolean {
  return typeof pattern === "string" ? text.includes(pattern) : pattern.test(text);
}

/**
 * Collects console errors and uncaught exceptions from every page of the contexts it watches. The fixture
 * fails the test at its end when any of them is not allowed (`test.use({ allowedConsoleErrors })` for a file,
 * `browserErrors.allow(...)` inside one test).
 */
export class BrowserErrors {
  private readonly problems: BrowserProblem[] = [];

  constructor(private readonly allowed: ErrorPattern[]) {}

  /** Allows more expected errors for the rest of the current test. */
  allow(...patterns: ErrorPattern[]) {
    this.allowed.push(...patterns);
  }

  watch(context: BrowserContext, who: string) {
    context.on("console", (message) => {
      if (message.type() !== "error") return;
      const url = message.location().url;
      this.problems.push({
        kind: "console.error",
        text: url ? `${message.text()} (${url})` : message.text(),
        where: `${who} at ${message.page()?.url() ?? "?"}`,
      });
    });
    context.on("weberror", (webError) => {
      const error = webError.error();
      this.problems.push({
        kind: "pageerror",
        text: `${error.name}: ${error.message}`,
        where: `${who} at ${webError.page()?.url() ?? "?"}`,
      });
    });
  }

  /** Everything seen so far that no allow-list entry matches. */
  unexpected(): BrowserProblem[] {
    return this.problems.filter((p) => !this.allowed.some((pattern) => matches(pattern, p.text)));
  }

  assertNone() {
    const unexpected = this.unexpected();
    if (unexpected.length === 0) return;
    const lines = unexpected.map((p) => `  [${p.kind}] ${p.where}: ${p.text}`);
    throw new Error(
      `Unexpected browser error${unexpected.length > 1 ? "s" : ""} during the test ` +
        `(allow expected ones with test.use({ allowedConsoleErrors: [...] }) or browserErrors.allow(...)):\n` +
        lines.join("\n"),
    );
  }
}

/** Another person at another browser (own cookies, own session), e.g. a student while `page` is the teacher. */
export type Person = { context: BrowserContext; page: Page };

type E2EOptions = {
  /** Console/page errors this test file expects; everything else fails the test. */
  allowedConsoleErrors: ErrorPattern[];
};

type E2EFixtures = {
  /** Automatic: fails the test on unexpected console errors or uncaught exceptions, in every context. */
  browserErrors: BrowserErrors;
  /** Opens a new browser context for a second (third...) person; closed and error-checked at the end. */
  newPerson: (who?: string) => Promise<Person>;
};

// Fixture callbacks name Playwright's `use` argument `provide`: the react-hooks lint rule takes `use(...)` for
// React's hook.
export const test = base.extend<E2EOptions & E2EFixtures>({
  allowedConsoleErrors: [[], { option: true }],

  browserErrors: [
    async ({ context, allowedConsoleErrors }, provide) => {
      const errors = new BrowserErrors([...allowedConsoleErrors]);
      errors.watch(context, "page");
      await provide(errors);
      errors.assertNone();
    },
    { auto: true },
  ],

  newPerson: async ({ browser, baseURL, browserErrors }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (who = `person ${contexts.length + 2}`) => {
      const context = await browser.newContext({ baseURL });
      contexts.push(context);
      browserErrors.watch(context, who);
      const page = await context.newPage();
      return { context, page };
    });
    // Closed before browserErrors checks what they logged (this fixture depends on it, so tears down first).
    for (const context of contexts) await context.close();
  },
});

/** Signs in through the form and waits until the app has navigated away from /sign-in. */
export async function signIn(page: Page, identifier: string, password: string): Promise<void> {
  await base.step(
    `sign in as ${identifier}`,
    async () => {
      await page.goto("/sign-in");
      await page.getByLabel("Email or username", { exact: true }).fill(identifier);
      await page.getByLabel("Password", { exact: true }).fill(password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      try {
        await page.waitForURL((url) => url.pathname !== "/sign-in", { timeout: 15_000 });
      } catch (error) {
        const alerts = await page
          .getByRole("alert")
          .allInnerTexts()
          .catch(() => []);
        const shown = alerts.map((a) => a.trim()).filter(Boolean);
        throw new Error(
          `Signing in as "${identifier}" did not leave /sign-in` +
            (shown.length ? `; the page says: ${shown.join(" / ")}` : ""),
          { cause: error },
        );
      }
    },
    { box: true },
  );
}

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type AxeOptions = {
  /** CSS selectors left out of the scan (say why where you use it). */
  exclude?: string[];
  /** Rule ids switched off (say why where you use it). */
  disableRules?: string[];
};

/** Runs axe-core with the WCAG 2.0-2.2 A/AA rules on the page as it is now; fails listing each violation. */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  await base.step(
    "no axe WCAG violations",
    async () => {
      let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
      const { violations } = await builder.analyze();
      const found = violations.map(
        (v) =>
          `${v.id} (${v.impact ?? "no impact"}): ${v.help} at ` +
          v.nodes.map((node) => node.target.flat().join(" ")).join(", "),
      );
      expect(found, `axe found ${found.length} violation(s) on ${page.url()}`).toEqual([]);
    },
    { box: true },
  );
}
