import { DEMO_PASSWORD, DEMO_TEACHER, expect, signIn, test } from "./fixtures";
import { newClassWithTimedLesson } from "./support/timed-class";
import { answerKey } from "./support/answer-key";
import { startAttemptEarlier } from "./support/attempt-clock";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";

// Keys that only an answer key carries; the student's quiz data never has them.
const FORBIDDEN_KEYS = [
  /"correct"\s*:/,
  /"acceptedAnswers"\s*:/,
  /"explanation"\s*:/,
  /"rubric"\s*:/,
  /"feedback"\s*:/,
];

test("nothing a student's browser receives during an open attempt reveals the answer key", async ({
  page,
}) => {
  const bodies: { url: string; body: string }[] = [];
  page.on("response", async (response) => {
    const type = response.request().resourceType();
    if (!["document", "fetch", "xhr"].includes(type)) return;
    bodies.push({ url: response.url(), body: await response.text().catch(() => "") });
  });

  await joinAsNewStudent(page);
  const assignmentId = await openFirstAssignment(page);
  await page.getByRole("button", { name: "Start the questions" }).click();
  const questions = page.getByRole("region", { name: /^Question \d+/ });
  await questions.nth(0).getByRole("radio").first().check();
  await questions.nth(1).getByRole("radio").first().check();
  await expect(page.getByText("All answers saved")).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Answered 2 of/)).toBeVisible();

  // The pages again, as documents and as the React Server Component payload the router fetches.
  for (const path of ["/student", `/student/assignments/${assignmentId}`]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const response = await page.request.get(path, { headers });
      bodies.push({ url: `${path} ${JSON.stringify(headers)}`, body: await response.text() });
    }
  }

  const key = await answerKey(assignmentId);
  const secrets = key.flatMap((q) => [
    q.explanation,
    ...(q.rubric ? [q.rubric] : []),
    ...q.choices.flatMap((c) => (c.feedback ? [c.feedback] : [])),
  ]);
  expect(secrets.length).toBeGreaterThan(20);
  expect(bodies.length).toBeGreaterThan(6);
  for (const { url, body } of bodies) {
    for (const pattern of FORBIDDEN_KEYS) expect(body, `${url} carries ${pattern}`).not.toMatch(pattern);
    // JSON and RSC payloads escape quotes; compare on a prefix short enough to avoid escaping differences.
    for (const secret of secrets) expect(body, `${url} carries key text`).not.toContain(secret.slice(0, 40));
  }
});

test("the server is the clock: the countdown warns, and the attempt is submitted when time runs out", async ({
  page,
  newPerson,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_TEACHER.email, DEMO_PASSWORD);
  const code = await newClassWithTimedLesson(page, `Timed ${Date.now().toString(36)}`, 1);

  const { page: student } = await newPerson("student");
  await joinAsNewStudent(student, { code });
  const assignmentId = await openFirstAssignment(student);
  await student.getByRole("button", { name: "Start the questions" }).click();
  const timeLeft = student.getByTestId("time-left");
  await expect(timeLeft).toHaveText(/^0:[0-5]\d$/);
  await expect(student.getByRole("alert").filter({ hasText: "1 minute left." })).toBeAttached();
  await student
    .getByRole("region", { name: /^Question 1 / })
    .getByRole("radio")
    .first()
    .check();
  await expect(student.getByText("All answers saved")).toBeVisible();

  // Rather than wait out the minute, the attempt is moved back in time on the server until 8 s are left; the
  // reloaded page counts down from the server's deadline, and the attempt ends as it would have.
  const secondsLeft = Number((await timeLeft.textContent())!.split(":")[1]);
  await startAttemptEarlier(assignmentId, Math.max(0, secondsLeft - 8));
  await student.reload();
  await expect(timeLeft).toHaveText(/^0:0\d$/);
  await expect(student.getByText(/^Attempt 1:/)).toBeVisible({ timeout: 30_000 });
  await expect(student.getByRole("button", { name: "Review and submit" })).toHaveCount(0);
});
