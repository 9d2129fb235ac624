import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readForGeneration } from "../../lib/import/generate/article";
import { centralSentence } from "../../lib/import/generate/central-sentence";
import { readArticle } from "../../lib/import/read-text";
import { readOneSection } from "../support/one-section";

// The tenth review marked twelve open responses rework 5 for naming a minor detail as a part's point.
const central = (file: string, heading: string) => {
  const kind = file.endsWith(".html") ? "html" : "text";
  const article = readForGeneration(readArticle(readFileSync(file, "utf8"), kind));
  const section = article.sections.find((s) => s.heading === heading)!;
  return centralSentence(article, section)?.text ?? "";
};

describe("a section's central sentence", () => {
  it("is a news lede that states the story, not the figures of the scene after it", () => {
    expect(central("tests/fixtures/articles/news-harbor-ferry.html", "Introduction")).toMatch(
      /^The passenger ferry between Port Alder and Gull Island carried its first riders/,
    );
  });

  it("is the topic sentence of a short section of unlike sentences, not one echoing a heading word", () => {
    expect(central("tests/fixtures/articles/history-canal.html", "Digging the Cut, 1821–1826")).toMatch(
      /^The state legislature approved the canal/,
    );
  });

  it("is the result a section reports, not a resident brought in by name and age", () => {
    expect(
      central("docs/generator-reviews/2026-12-07-eighth/analysis-bus-fare-cap.html", "The buses filled up"),
    ).toMatch(/^Tarn Valley Buses carried 2\.6 million passenger journeys/);
  });

  it("may state its result in counts: only dates, times and prices set a scene", () => {
    expect(
      central(
        "docs/generator-reviews/2026-12-07-eighth/analysis-bus-fare-cap.html",
        "The shops: a smaller and less certain gain",
      ),
    ).toMatch(/^Electronic counters on the two main shopping streets recorded 6 per cent more visitors/);
  });

  it("may have a relative clause before its verb, and is no one step of a list", () => {
    const article = readOneSection(
      "Gordon Platt, who has lived on the lane for many years, said the noise of the skate park would carry into the houses. Second, the noise of the skate park would carry into the houses of the lane late at night. The quiet lane, where the noise of the skate park would carry into the houses at night.",
    );
    expect(centralSentence(article, article.sections[0]!)?.text).toMatch(/^Gordon Platt/);
  });
});
