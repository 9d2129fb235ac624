import { describe, expect, it } from "vitest";
import { readForGeneration } from "../../lib/import/generate/article";
import { generateLessons } from "../../lib/import/generate/lessons";
import { overviewDrafts } from "../../lib/import/generate/overview";
import { readArticle } from "../../lib/import/read-text";

// The ninth review's letters page: the open response asked for "the author's own view" of a page with two
// writers, and its guide gave the letter's view backed by the editor's sentence.

const page = [
  "Letters: the library should stay open on Sundays",
  "LETTER",
  "Dear Editor,",
  "I am a Year 10 student, and the library on Hill Street is the only quiet place I have to study at weekends. The council plans to close it on Sundays from March to save money.",
  "I think closing it on Sundays is a mistake that will hurt the pupils with the least space at home. The council should find the savings somewhere else, because a quiet room is worth more than it costs.",
  "Yours sincerely,\nMaya Okafor, Hillbrook",
  "THE EDITOR RESPONDS",
  "Maya makes a strong case, and our report last week gave only the council's side. The library is used by about 40 people on a typical Sunday, most of them pupils.",
  "We believe the council must publish how much the Sunday closure really saves before it decides. Readers deserve the figures as well as the promises, and the vote should wait until they are known.",
].join("\n\n");

const overviewOf = (text: string) =>
  overviewDrafts(readForGeneration(readArticle(text, "text")), new Set(), new Map()).find(
    (d) => d.question.type === "open_response",
  )?.question;

describe("a page of two writers asks each writer's view, never the author's own", () => {
  it("a letter and the editor's reply: each part's view, in the guide from its own part", () => {
    const open = overviewOf(page)!;
    expect(open.prompt).not.toMatch(/author/i);
    expect(open.prompt).toContain('"LETTER" and "THE EDITOR RESPONDS"');
    expect(open.prompt).toMatch(/each writer/);
    expect(open.explanation).toContain(
      'in "LETTER", the writer\'s view is that closing it on Sundays is a mistake',
    );
    expect(open.explanation).toContain(
      'in "THE EDITOR RESPONDS", the writer\'s view is that the council must publish',
    );
  });

  it("the overview's objective names each writer's view, not the author's", () => {
    const lessons = generateLessons(readArticle(page, "text"));
    const objectives = lessons.at(-1)!.objectives.join(" ");
    expect(objectives).toMatch(/each writer's view/);
    expect(objectives).not.toMatch(/author's view/);
  });

  it("a transcript of two speakers has no author's view either", () => {
    const transcript = [
      "Should the library open on Sundays?",
      "Two councillors discuss the plan to close the Hill Street library on Sundays.",
      "The Case For Keeping It Open",
      "REED: I think the closure is a mistake. The library is the only quiet place many pupils have, and the council should keep it open whatever it costs.",
      "The Case For Closing It",
      "MARSH: I believe we must close it on Sundays. The budget is short, and the money should go to the services that most people use every day.",
    ].join("\n\n");
    const open = overviewOf(transcript);
    expect(open?.prompt).toBeDefined();
    expect(open!.prompt).not.toMatch(/author's own view/);
  });

  it("one writer's opinion piece in parts still asks the author's view", () => {
    const single = page
      .replace(/THE EDITOR RESPONDS/, "WHAT SHOULD HAPPEN")
      .replace("Maya makes a strong case, and our report", "A report")
      .replace(/Dear Editor,\n\n/, "")
      .replace(/Yours sincerely,\nMaya Okafor, Hillbrook\n\n/, "")
      .replace(/^LETTER$/m, "WHY IT MATTERS");
    expect(overviewOf(single)?.prompt).toMatch(/author's own view/);
  });
});
