import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { answerKey } from "./support/answer-key";
import { assignDemoLesson, createClass, DEMO_LESSON } from "./support/assign";
import { tabTo } from "./support/keyboard";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";

const unique = Date.now().toString(36);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// No question of the shipped lessons accepts it.
const WRONG = "purple giraffes";

/** The student's score as the attempt page shows it. */
async function shownPoints(page: Page): Promise<number> {
  const line = await page.getByText(/ of \d+ points · attempt/).innerText();
  return Number(line.match(/(\d+(?:\.\d+)?) of \d+/)![1]);
}

test("a teacher sees a near short answer, accepts a wrong one for everyone, and the student's score changes", async ({
  page: teacher,
  newPerson,
}) => {
  test.setTimeout(120_000);
  const className = `Short answers ${unique}`;
  const studentName = `Sasha Short ${unique}`;
  await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
  const { classUrl, code } = await createClass(teacher, className);
  await assignDemoLesson(teacher);

  const s = (await newPerson("student")).page;
  await joinAsNewStudent(s, { code, name: studentName });
  const assignmentId = await openFirstAssignment(s);
  const key = await answerKey(assignmentId);
  const shortAnswers = key.map((q, i) => ({ ...q, number: i + 1 })).filter((q) => q.type === "short_answer");
  expect(shortAnswers.length, "the lesson has two short answers to try").toBeGreaterThanOrEqual(2);
  const [nearQ, wrongQ] = shortAnswers as [(typeof shortAnswers)[0], (typeof shortAnswers)[0]];
  // Holds an accepted answer whole: accepted, but only through the grader's tolerance.
  const near = `${nearQ.acceptedAnswers[0]} definitely`;

  let before = 0;
  await test.step("the student types one near and one wrong short answer by keyboard and submits", async () => {
    await s.getByRole("button", { name: "Start the questions" }).click();
    for (const [q, text] of [
      [nearQ, near],
      [wrongQ, WRONG],
    ] as const) {
      const box = s.getByRole("region", { name: new RegExp(escape(q.prompt)) }).getByRole("textbox");
      await tabTo(s, box);
      await s.keyboard.type(text);
    }
    await expect(s.getByText("All answers saved")).toBeVisible();
    await s.getByRole("button", { name: "Review and submit" }).click();
    await s.getByRole("button", { name: "Submit my answers" }).click();
    await expect(s).toHaveURL(/\/student\/attempts\//);
    before = await shownPoints(s);
  });

  await test.step("the grading page marks the near answer for the teacher", async () => {
    await teacher.goto(classUrl);
    await teacher.getByRole("link", { name: DEMO_LESSON }).click();
    await teacher.getByRole("link", { name: "Review short answers" }).click();
    await teacher
      .getByRole("navigation", { name: "Short-answer questions" })
      .getByRole("link", { name: new RegExp(`^Question ${nearQ.number}\\b`) })
      .click();
    await expect(
      teacher.getByRole("heading", { level: 2, name: new RegExp(`^Question ${nearQ.number}:`) }),
    ).toBeVisible();
    const row = teacher.getByRole("row", { name: new RegExp(escape(near)) });
    await expect(row.getByText("near", { exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: /Reject for everyone/ })).toBeVisible();
    const answer = teacher.getByRole("article", { name: new RegExp(escape(studentName)) });
    await expect(
      answer.getByText("near", { exact: true }),
      "beside the student's own grade too",
    ).toBeVisible();
    await expectNoAxeViolations(teacher);
  });

  let worth = 0;
  await test.step("the teacher accepts the wrong answer for everyone", async () => {
    await teacher
      .getByRole("navigation", { name: "Short-answer questions" })
      .getByRole("link", { name: new RegExp(`^Question ${wrongQ.number}\\b`) })
      .click();
    const heading = teacher.getByRole("heading", { name: /^Each student's answer \(\d+ points\)$/ });
    worth = Number((await heading.innerText()).match(/\((\d+) points\)/)![1]);
    const row = teacher.getByRole("row", { name: new RegExp(escape(WRONG)) });
    await expect(row.getByRole("cell", { name: "Wrong" })).toBeVisible();
    await expect(row.getByRole("cell", { name: "1", exact: true }), "one student gave it").toBeVisible();
    await row.getByRole("button", { name: /Accept for everyone/ }).click();
    await expect(
      teacher.getByText(`Accepted “${WRONG}” for everyone. 1 answer regraded, 1 score changed.`, {
        exact: false,
      }),
    ).toBeVisible();
    await expect(teacher.getByRole("row", { name: new RegExp(escape(WRONG)) })).toHaveCount(0);
    await expect(
      teacher.getByRole("article", { name: new RegExp(`${escape(studentName)}.*· ${worth} points`) }),
    ).toBeVisible();
    await expectNoAxeViolations(teacher);
  });

  await test.step("the student's score includes the accepted answer", async () => {
    await s.reload();
    expect(await shownPoints(s)).toBe(before + worth);
  });
});
