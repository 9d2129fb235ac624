import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { screenshots } from "./support/page-sizes";
import { openAssignmentPassage as openPassage } from "./support/people";

// Issue 20, "Listen" and "Adjust the page": every display setting is kept across a reload (stored on the server and
// rendered on the first paint), and the read-aloud controls drive the browser's speech synthesis. Headless Chromium
// has no voices, so a stand-in speechSynthesis records what the controls ask of it. All at 320 px wide too.

const shot = screenshots("reading-display");
const NARROW = { width: 320, height: 700 };

/** The reading settings' save (a server action, POSTed to the page), to wait for before reloading. */
const saved = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);

async function change(page: Page, act: () => Promise<unknown>) {
  await Promise.all([saved(page), act()]);
}

const surface = (page: Page) => page.locator(".reading-surface");

type Call = { kind: string; text?: string; rate?: number; voice?: string | null };

/**
 * A stand-in for the browser's speech synthesis, installed before the page's scripts: it records each call, and
 * `__endUtterance()` ends the utterance being spoken, as a voice finishing a sentence would.
 */
function installSpeech(page: Page, voices: { name: string; lang: string }[]) {
  return page.addInitScript((list) => {
    const calls: Call[] = [];
    let current: { onend?: (() => void) | null; onerror?: ((e: { error: string }) => void) | null } | null =
      null;
    class Utterance {
      rate = 1;
      voice: { name: string } | null = null;
      lang = "";
      onend: (() => void) | null = null;
      onerror: ((e: { error: string }) => void) | null = null;
      constructor(public text: string) {}
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => list.map((v) => ({ ...v, voiceURI: v.name, default: false, localService: true })),
      speak(u: Utterance) {
        calls.push({ kind: "speak", text: u.text, rate: u.rate, voice: u.voice?.name ?? null });
        current = u;
      },
      pause: () => void calls.push({ kind: "pause" }),
      resume: () => void calls.push({ kind: "resume" }),
      cancel() {
        calls.push({ kind: "cancel" });
        const u = current;
        current = null;
        u?.onerror?.({ error: "canceled" });
      },
    });
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
    Object.assign(window, {
      __speechCalls: calls,
      __endUtterance: () => {
        const u = current;
        current = null;
        u?.onend?.();
      },
    });
  }, voices);
}

const speechCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speechCalls: Call[] }).__speechCalls);
const spoken = async (page: Page) => (await speechCalls(page)).filter((c) => c.kind === "speak");
const sentenceText = (page: Page, n: number) =>
  page
    .locator(".reading-surface [data-sentence]")
    .nth(n)
    .evaluate((el) => el.textContent!.trim());

for (const size of [
  { name: "desktop", viewport: { width: 1366, height: 900 } },
  { name: "320px", viewport: NARROW },
]) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test("each display setting is kept across a reload, on the server's first paint", async ({ page }) => {
      const assignmentId = await openPassage(page);
      await expect(surface(page)).toHaveAttribute("data-theme", "system");
      await page.getByRole("button", { name: "Display" }).click();
      const panel = page.getByRole("group", { name: "Display settings" });
      await change(page, () => panel.getByLabel("Text size").selectOption("150"));
      await change(page, () => panel.getByLabel("Line spacing").selectOption("21"));
      await change(page, () => panel.getByLabel("Colours").selectOption("dark"));
      await change(page, () => panel.getByLabel("Reading font").check());
      await change(page, () => panel.getByLabel("Line focus").check());
      await expectNoAxeViolations(page);
      await shot(page, `dark-${size.name}`);

      // The HTML the server sends already carries them: no flash of the default look before scripts run.
      const html = await (await page.request.get(`/student/assignments/${assignmentId}`)).text();
      for (const attribute of [
        'data-text-size="150"',
        'data-line-spacing="21"',
        'data-theme="dark"',
        'data-font="dyslexic"',
        'data-line-focus="on"',
      ]) {
        expect(html, attribute).toContain(attribute);
      }

      await page.reload();
      const passageSentence = page.locator(".reading-surface [data-sentence]").first();
      await expect(surface(page)).toHaveAttribute("data-text-size", "150");
      await expect(surface(page)).toHaveAttribute("data-line-spacing", "21");
      await expect(surface(page)).toHaveAttribute("data-theme", "dark");
      await expect(surface(page)).toHaveAttribute("data-font", "dyslexic");
      await expect(surface(page)).toHaveAttribute("data-line-focus", "on");
      const look = await passageSentence.evaluate(async (el) => {
        await document.fonts.ready;
        const style = getComputedStyle(el);
        return {
          fontFamily: style.fontFamily,
          fontSize: parseFloat(style.fontSize),
          lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          fontLoaded: [...document.fonts].some(
            (f) => f.family.replace(/"/g, "") === "OpenDyslexic" && f.status === "loaded",
          ),
          // The surface's background as a pixel (computed colours may be in oklch), its channels summed.
          background: (() => {
            const pen = document.createElement("canvas").getContext("2d")!;
            pen.fillStyle = getComputedStyle(el.closest(".reading-surface")!).backgroundColor;
            pen.fillRect(0, 0, 1, 1);
            const [r, g, b] = pen.getImageData(0, 0, 1, 1).data;
            return r! + g! + b!;
          })(),
        };
      });
      expect(look.fontFamily).toContain("OpenDyslexic");
      // The app serves the font itself (CSP font-src 'self'), and it is the one in use.
      expect(look.fontLoaded).toBe(true);
      expect(look.fontSize).toBeCloseTo(18 * 1.5, 0);
      expect(look.lineHeight).toBeCloseTo(2.1, 1);
      expect(look.background, "the dark theme's background").toBeLessThan(150);

      // The controls show the kept values.
      await page.getByRole("button", { name: "Display" }).click();
      await expect(panel.getByLabel("Text size")).toHaveValue("150");
      await expect(panel.getByLabel("Line spacing")).toHaveValue("21");
      await expect(panel.getByLabel("Colours")).toHaveValue("dark");
      await expect(panel.getByLabel("Reading font")).toBeChecked();
      await expect(panel.getByLabel("Line focus")).toBeChecked();

      // Line focus dims the rest of the passage around the sentence in focus (reached by keyboard).
      await passageSentence.focus();
      const opacity = (n: number) =>
        page
          .locator(".reading-surface [data-sentence]")
          .nth(n)
          .evaluate((el) => getComputedStyle(el).opacity);
      await expect.poll(() => opacity(0)).toBe("1");
      await expect.poll(() => opacity(3)).toBe("0.3");

      // High contrast, then back to following the device. No sentence pointed at or focused for the scan: line
      // focus dims the rest of the passage below text contrast on purpose, which the reader chose.
      await page.mouse.move(0, 0);
      await panel.getByLabel("Colours").focus();
      await expect.poll(() => opacity(3)).toBe("1");
      await change(page, () => panel.getByLabel("Colours").selectOption("high_contrast"));
      await expectNoAxeViolations(page);
      await shot(page, `high-contrast-${size.name}`);
      await change(page, () => panel.getByLabel("Colours").selectOption("system"));
      await page.reload();
      await expect(surface(page)).toHaveAttribute("data-theme", "system");
      await expect(surface(page)).toHaveAttribute("data-text-size", "150");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.viewport.width,
      );
    });

    test("read aloud asks the browser to speak each sentence at the chosen speed and voice, and pauses, resumes and stops", async ({
      page,
    }) => {
      await installSpeech(page, [
        { name: "Ada", lang: "en-GB" },
        { name: "Ben", lang: "en-US" },
      ]);
      await openPassage(page);
      await change(page, () => page.getByRole("button", { name: "Listen" }).click());
      const controls = page.getByRole("group", { name: "Read aloud" });
      await change(page, () => controls.getByLabel("Speed").selectOption("150"));
      await change(page, () => controls.getByLabel("Voice").selectOption("Ben"));
      await expectNoAxeViolations(page);

      await controls.getByRole("button", { name: "Play" }).click();
      const first = await sentenceText(page, 0);
      await expect
        .poll(() => spoken(page))
        .toEqual([{ kind: "speak", text: first, rate: 1.5, voice: "Ben" }]);
      const sentences = page.locator(".reading-surface [data-sentence]");
      await expect(sentences.nth(0)).toHaveAttribute("data-speaking", "");
      await expect(controls.getByText(/Reading sentence 1 of \d+/)).toBeVisible();

      // The voice finishes the sentence: the next one is spoken and marked.
      await page.evaluate(() => (window as unknown as { __endUtterance: () => void }).__endUtterance());
      const second = await sentenceText(page, 1);
      await expect.poll(async () => (await spoken(page)).map((c) => c.text)).toEqual([first, second]);
      await expect(sentences.nth(1)).toHaveAttribute("data-speaking", "");
      await expect(sentences.nth(0)).not.toHaveAttribute("data-speaking");

      await controls.getByRole("button", { name: "Pause" }).click();
      await controls.getByRole("button", { name: "Resume" }).click();
      await controls.getByRole("button", { name: "Stop" }).click();
      const kinds = (await speechCalls(page)).map((c) => c.kind);
      expect(kinds.slice(kinds.lastIndexOf("speak") + 1)).toEqual(["pause", "resume", "cancel"]);
      await expect(page.locator("[data-speaking]")).toHaveCount(0);

      // One section alone: its first sentence is the first spoken.
      const read = controls.getByLabel("Read");
      const section = await read.locator("option").nth(2).getAttribute("value");
      await read.selectOption(section!);
      const before = (await spoken(page)).length;
      await controls.getByRole("button", { name: "Play" }).click();
      const firstOfSection = await page
        .locator(`.reading-surface [data-sentence^="${section}-"]`)
        .first()
        .evaluate((el) => el.textContent!.trim());
      await expect
        .poll(async () => (await spoken(page)).slice(before).map((c) => c.text))
        .toEqual([firstOfSection]);
      await shot(page, `listen-${size.name}`);

      // The controls stay open across a reload (kept like the display settings), with the speed and voice kept.
      await page.reload();
      await expect(controls.getByLabel("Speed")).toHaveValue("150");
      await expect(controls.getByLabel("Voice")).toHaveValue("Ben");
    });

    test("without a voice, the read-aloud controls say so", async ({ page }) => {
      await installSpeech(page, []);
      await openPassage(page);
      await change(page, () => page.getByRole("button", { name: "Listen" }).click());
      const controls = page.getByRole("group", { name: "Read aloud" });
      await expect(controls.getByRole("status")).toHaveText(/This browser has no voice to read aloud with/);
      await expect(controls.getByRole("button", { name: "Play" })).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  });
}
