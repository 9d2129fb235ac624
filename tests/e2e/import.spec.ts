import path from "node:path";
import {
  DEMO_CLASS,
  DEMO_PASSWORD,
  DEMO_TEACHER,
  expect,
  expectNoAxeViolations,
  signIn,
  test,
} from "./fixtures";
import { startAssigning } from "./support/assign";

const article = path.join(process.cwd(), "tests/unit/fixtures/articles/school-gardens.txt");

test("a teacher imports an article, reviews and publishes a draft, assigns it, and a student answers it", async ({
  page: teacher,
  newPerson,
  browserErrors,
}) => {
  // The review shows every draft in full (choices, feedback, citations): its axe scans are slow on two cores.
  test.setTimeout(180_000);
  await test.step("the teacher uploads an article and previews its structure", async () => {
    await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
    await teacher.goto("/teacher/lessons");
    await teacher.getByRole("link", { name: "Import an article" }).click();
    await teacher.getByLabel(/Upload a file/).setInputFiles(article);
    await expect(teacher.getByLabel("Article text")).toHaveValue(/How School Gardens Changed Lunch/);
    await teacher.getByRole("button", { name: "Preview the structure" }).click();
    await expect(teacher.getByRole("heading", { name: "Check the structure" })).toBeVisible();
    await expect(teacher.getByLabel("Section 1 heading")).toHaveValue("Planting the First Beds");
    await expectNoAxeViolations(teacher);
  });

  await test.step("the teacher corrects the sections: renames one, splits it, merges it back", async () => {
    await teacher.getByLabel("Section 2 heading").fill("Supporters and critics");
    await teacher.getByRole("button", { name: "Split section 2" }).click();
    await expect(teacher.getByLabel("Section 3 heading")).toBeFocused();
    await teacher.getByRole("button", { name: "Merge into section 2" }).click();
    await expect(teacher.getByLabel("Section 3 heading")).toHaveCount(0);
    await expect(teacher.getByLabel("Section 2 heading")).toBeFocused();
    await teacher.getByRole("button", { name: "Create draft lessons" }).click();
    await teacher.getByRole("link", { name: "Review the draft questions" }).click();
    await expect(
      teacher.getByRole("heading", { level: 1, name: /Review: How School Gardens/ }),
    ).toBeVisible();
  });

  await test.step("the teacher rejects one question; publishing waits until every question is decided", async () => {
    await expect(teacher.getByRole("region", { name: /Supporters and critics/ })).toBeVisible();
    const staleTab = await teacher.context().newPage();
    await staleTab.goto(teacher.url());
    const lesson = teacher.getByRole("region", { name: /Planting the First Beds/ });
    const drafts = (region: typeof lesson) =>
      region.getByRole("heading", { level: 3, name: /^Question \d+:/ });
    const before = await drafts(lesson).count();
    await lesson
      .getByRole("button", { name: /^Reject question/ })
      .first()
      .click();
    await expect(drafts(lesson)).toHaveCount(before - 1);

    // The same Reject again, from a tab opened before: the page says so and shows where things stand.
    const staleLesson = staleTab.getByRole("region", { name: /Planting the First Beds/ });
    await staleLesson
      .getByRole("button", { name: /^Reject question/ })
      .first()
      .click();
    await expect(staleLesson.getByRole("alert")).toContainText("not found");
    await expect(drafts(staleLesson)).toHaveCount(before - 1);
    await staleTab.close();
    await lesson.getByRole("button", { name: "Publish lesson" }).click();
    await expect(lesson.getByRole("alert")).toContainText(`${before - 1} still undecided`);
  });

  await test.step("an import that does not exist, or a mangled address, is a 404 page", async () => {
    browserErrors.allow("status of 404");
    const reviewUrl = teacher.url();
    for (const id of ["no-such-import", "x%00y"]) {
      const response = await teacher.goto(`/teacher/import/${id}`);
      expect(response?.status()).toBe(404);
      await expect(teacher.getByRole("heading", { name: "Not found" })).toBeVisible();
    }
    await teacher.goto(reviewUrl);
  });

  await test.step("the teacher edits one draft question in the lesson editor", async () => {
    const reviewUrl = teacher.url();
    await teacher
      .getByRole("region", { name: /Planting the First Beds/ })
      .getByRole("link", { name: "Edit question 1" })
      .click();
    await teacher
      .getByLabel("Prompt", { exact: true })
      .fill("According to the article, what did the students plant first?");
    await teacher.getByRole("button", { name: "Save question" }).click();
    // Opened from the review, the editor leads back to the draft there.
    await expect(teacher).toHaveURL((url) => url.pathname === new URL(reviewUrl).pathname);
    await expect(
      teacher.getByText("According to the article, what did the students plant first?"),
    ).toBeVisible();
  });

  await test.step("the teacher accepts the rest and publishes the lesson", async () => {
    const lesson = teacher.getByRole("region", { name: /Planting the First Beds/ });
    const count = await lesson.getByRole("heading", { level: 3, name: /^Question \d+:/ }).count();
    for (let i = 1; i <= count; i++) {
      await lesson
        .getByRole("button", { name: /^Accept question/ })
        .first()
        .click();
      await expect(lesson.getByText("Accepted", { exact: true })).toHaveCount(i);
    }
    await lesson.getByRole("button", { name: "Publish lesson" }).click();
    await expect(lesson.getByText("(published)")).toBeVisible();
    await expectNoAxeViolations(teacher);
  });

  await test.step("the teacher assigns it to the class", async () => {
    await teacher.goto("/teacher/classes");
    await teacher.getByRole("link", { name: DEMO_CLASS.name }).click();
    await startAssigning(teacher, "Planting the First Beds");
    await teacher.getByLabel("Due", { exact: true }).fill("2035-06-01T15:30");
    await teacher.getByRole("button", { name: "Assign lesson" }).click();
    await expect(teacher.getByText("Lesson assigned")).toBeVisible();
  });

  await test.step("a student answers it", async () => {
    const { page: s } = await newPerson("student");
    await signIn(s, "ana", DEMO_PASSWORD);
    await s
      .getByRole("region", { name: /To do/ })
      .getByRole("link", { name: /Planting the First Beds/ })
      .click();
    await s.getByRole("button", { name: "Start the questions" }).click();
    // Which kinds of questions the generator makes varies by sentence; answer the first one with choices.
    await s.getByRole("radio").first().check();
    await expect(s.getByText("All answers saved")).toBeVisible();
    await s.getByRole("button", { name: "Review and submit" }).click();
    await s.getByRole("button", { name: "Submit my answers" }).click();
    await expect(s).toHaveURL(/\/student\/attempts\//);
  });
});
