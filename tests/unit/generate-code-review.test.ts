import { describe, expect, it } from "vitest";
import { FIRST_PERSON } from "../../lib/import/generate/text";

// Rules a code review after the ninth review found repeated or too loose. Every sentence here is made up for the
// test.

describe("a sentence in the first or second person", () => {
  it("is the writer's or the reader's ('our', 'you'), not a sentence about a mine", () => {
    expect(FIRST_PERSON.test("Our town voted to keep the library open.")).toBe(true);
    expect(FIRST_PERSON.test("You can see the tower from the ferry.")).toBe(true);
    expect(FIRST_PERSON.test("The copper mine closed after the strike of 1921.")).toBe(false);
  });
});
