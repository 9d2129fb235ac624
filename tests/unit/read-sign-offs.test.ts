import { describe, expect, it } from "vitest";
import { readArticle } from "../../lib/import/read-text";

// The ninth review's letters page: the signature under the editor's reply was read as a heading, so the page's
// footer (postal address) became a lesson asking the paper's house number. A letters page in another shape: the
// writer's name and town on lines of their own, a dashed signature under the reply, another footer.

const letter = [
  "Dear Editor,",
  "The number 12 bus no longer stops outside the health centre, and older patients now walk half a mile from the nearest stop. Many of them cannot manage the hill in winter.",
  "I understand that the company wants shorter journey times. But a timetable that saves four minutes and strands the people who most need the bus is a poor bargain.",
  "Yours sincerely,",
  "Priya Desai",
  "Westbrook",
].join("\n\n");
const reply = [
  "Ms Desai is right that the change was made with little warning. The operator told us it had consulted the health centre, but the centre says it heard about the change from patients.",
  "We have asked the operator to publish the figures behind the four minutes, and we will report them when they arrive.",
  "— The Editor",
].join("\n\n");
const footer =
  "Send your letters to post@westbrookherald.example or to the Herald, 9 Mill Lane, Westbrook. Letters should be no longer than 300 words and may be shortened. Please include your full name and address.";
const page = `Letters: the bus that no longer stops\n\nLETTER OF THE WEEK\n\n${letter}\n\nTHE EDITOR'S REPLY\n\n${reply}\n\n${footer}`;

describe("a letters page's sign-offs and footer are page furniture", () => {
  it("reads the letter and the reply as its two parts, without signatures or the footer", () => {
    const read = readArticle(page, "text");
    expect(read.sections.map((s) => s.heading)).toEqual(["LETTER OF THE WEEK", "THE EDITOR'S REPLY"]);
    for (const gone of [
      "Yours sincerely",
      "Priya Desai",
      "— The Editor",
      "9 Mill Lane",
      "300 words",
      "full name",
    ])
      expect(read.text).not.toContain(gone);
    expect(read.text).toContain("a poor bargain.");
    expect(read.text.trimEnd().endsWith("when they arrive.")).toBe(true);
  });

  it("a signature written under the prose on the same lines, and a closing line with no dash", () => {
    const signedInline = page
      .replace(
        "poor bargain.\n\nYours sincerely,\n\nPriya Desai\n\nWestbrook",
        "poor bargain.\nYours sincerely,\nPriya Desai, Westbrook",
      )
      .replace("— The Editor", "The Editor");
    const read = readArticle(signedInline, "text");
    expect(read.sections.map((s) => s.heading)).toEqual(["LETTER OF THE WEEK", "THE EDITOR'S REPLY"]);
    expect(read.text).not.toContain("Priya Desai, Westbrook");
    expect(read.text).not.toMatch(/The Editor$/);
  });

  it("keeps a part's heading after a signature, a list that ends an article, and a sentence opening like a sign-off", () => {
    const steps = "• Fill the jar with soil\n\n• Water it weekly";
    const read = readArticle(
      `How to start\n\n${letter}\n\nWhat to do\n\n${reply.replace("— The Editor", "")}\n\nSteps\n\n${steps}`,
      "text",
    );
    expect(read.sections.map((s) => s.heading)).toContain("What to do");
    expect(read.text).toContain("Water it weekly");
    const thanks = readArticle(page.replace("— The Editor", "Best wishes to everyone who wrote in."), "text");
    expect(thanks.text).toContain("Best wishes to everyone who wrote in.");
  });
});
