import { expect, type Locator, type Page } from "@playwright/test";
import type { KeyedQuestion } from "./answer-key";
import { tabTo } from "./keyboard";

const exact = (text: string) => ({ name: text, exact: true });

/** Picks a radio in a group the keyboard way: Tab into the group, then arrow keys (which also select). */
async function pickRadio(page: Page, group: Locator, text: string) {
  const radios = group.getByRole("radio");
  const names = await radios.evaluateAll((els) =>
    els.map((el) => el.closest("label")?.textContent?.trim() ?? ""),
  );
  const target = names.indexOf(text);
  expect(target, `choice "${text}" is offered`).toBeGreaterThanOrEqual(0);
  await tabTo(page, radios.first());
  if (target === 0) await page.keyboard.press("Space");
  for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
  await expect(radios.nth(target)).toBeChecked();
}

async function tick(page: Page, region: Locator, text: string) {
  const box = region.getByRole("checkbox", exact(text));
  await tabTo(page, box);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}

async function order(page: Page, region: Locator, items: string[]) {
  const current = async () =>
    (await region.getByRole("listitem").allInnerTexts()).map((t) => items.find((item) => t.includes(item))!);
  let moved = false;
  for (const [i, item] of items.entries()) {
    if ((await current()).indexOf(item) <= i) continue;
    // One Tab to the button, then Enter as often as needed: focus stays with the item as it moves up, and
    // passes to its Move down button once it reaches the top and Move up is disabled.
    const up = region.getByRole("button", exact(`Move up: ${item}`));
    await tabTo(page, up);
    while ((await current()).indexOf(item) > i) {
      await page.keyboard.press("Enter");
      moved = true;
      const atTop = (await current()).indexOf(item) === 0;
      await expect(atTop ? region.getByRole("button", exact(`Move down: ${item}`)) : up).toBeFocused();
    }
  }
  // Already in order as shown: the shown order only becomes an answer when the student says so.
  if (!moved) {
    await tabTo(page, region.getByRole("button", exact("Keep this order as my answer")));
    await page.keyboard.press("Enter");
    await expect(region.getByRole("button", exact(`Move down: ${items[0]}`))).toBeFocused();
  }
  expect(await current()).toEqual(items);
}

/** Answers one question correctly using only the keyboard (open responses get a short text). */
export async function answerByKeyboard(page: Page, region: Locator, q: KeyedQuestion) {
  const right = q.choices.filter((c) => c.correct).map((c) => c.text);
  switch (q.type) {
    case "single_choice":
    case "true_false":
      return pickRadio(page, region, right[0]!);
    case "multiple_select":
      for (const text of right) await tick(page, region, text);
      return;
    case "short_answer":
    case "open_response": {
      const box = region.getByRole("textbox");
      await tabTo(page, box);
      await page.keyboard.type(
        q.type === "short_answer" ? q.acceptedAnswers[0]! : "The article says critics worry.",
      );
      return;
    }
    case "ordering":
      return order(
        page,
        region,
        q.choices.map((c) => c.text),
      );
    case "evidence":
      await pickRadio(page, region.getByRole("group", { name: /Part A/ }), right[0]!);
      for (const sentence of q.evidence)
        await tick(page, region.getByRole("group", { name: /Part B/ }), sentence);
      return;
  }
}
