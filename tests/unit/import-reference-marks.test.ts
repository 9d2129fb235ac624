import { describe, expect, it } from "vitest";
import { isApparatusHeading } from "../../lib/import/generate/apparatus";
import { readArticle } from "../../lib/import/read-text";

// An encyclopedia page as a wiki serves it: headings with "[edit]" links, "[4]" reference marks, a References list.
const PAGE = `<!doctype html><html><head><title>Kellan Water - Openpedia</title></head><body>
<main><h1>Kellan Water</h1><div id="content">
<div class="hatnote">For the village, see Asby.</div>
<table class="infobox"><caption>Kellan Water</caption><tr><th>Location</th><td>Harrow Fells</td></tr><tr><th>Built</th><td>1958–1962</td></tr></table>
<p>Kellan Water is a reservoir in the fells, formed by a concrete dam across the river and completed in 1962 after four years of work.<sup class="reference"><a href="#n1">[1]</a></sup> It supplies drinking water to about 240,000 people in the city and the towns around it.</p>
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span>[</span><a href="?action=edit&amp;section=1">edit</a><span>]</span></span></div>
<p>By the early 1950s the city had outgrown its old water supply, and two dry summers had forced it to cut supplies to factories.<sup class="reference"><a href="#n4">[4]</a></sup> Engineers chose the valley because its narrow gorge needed the shortest dam.</p>
<p>The graves in the chapel yard were moved to the new village before the valley was flooded.<sup class="noprint">[<i>citation needed</i>]</sup> The water reached the top of the dam in the spring of 1962.</p>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2><span class="mw-editsection">[<a href="?action=edit&amp;section=2">edit</a>]</span></div>
<ol class="references"><li>Dunmore Water (2023). "Facts and figures". Retrieved 4 May 2024.</li><li>Marsh, P. (1999). A History of the Kellan Scheme. Dunmore Press.</li></ol>
</div></main></body></html>`;

describe("an encyclopedia page's reference marks and edit links", () => {
  const parsed = readArticle(PAGE, "html");
  it("leave no '[4]', '[edit]', infobox or hatnote in the text, and keep the section headings", () => {
    expect(parsed.text).not.toMatch(/Harrow Fells|For the village/);
    expect(parsed.text).not.toMatch(/\[\s*(?:\d+|edit|citation needed)\s*\]/);
    expect(parsed.text).toContain("cut supplies to factories. Engineers chose");
    expect(parsed.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(["History", "References"]));
  });
  it("a references list and its kin are apparatus, never asked", () => {
    for (const h of ["References", "See also", "External links", "Further reading", "Notes and references"])
      expect(isApparatusHeading(h), h).toBe(true);
  });
});
