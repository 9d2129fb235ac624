import { describe, expect, it } from "vitest";
import { readArticle } from "../../lib/import/read-text";

// The tenth review's speech transcript: its headnote and release line ran together into the first paragraph and
// were asked as a true/false; "[Applause]", "###" and a media contact line stayed in the text. Made-up text.

const SPEECH = `Keeping the Ferry Running

Address by Councillor Ines Varga to the Harbour Users' Association, Old Customs House, 9 April
Text issued by the council press office. Check against delivery.

Good evening, and thank you for coming out on a wet night. I want to talk about the ferry, because it is the one
service on this island that every family uses, and because its future is now in doubt.

The boat is forty years old. Its engines were rebuilt twice, and the yard that did the work has told us it will not
do it a third time. A new boat would cost about four million pounds, and the council cannot borrow that alone.

[Applause]

So I am asking the government for half of the cost, and I am asking you to write to them too. Children who
read more at home do better at school, and children who can reach the mainland school every day do better still.

###

Media contact: Council press office, Harbour Road.`;

describe("a speech transcript's page lines", () => {
  const read = readArticle(SPEECH, "text");

  it("leaves out the headnote, the release line, stage directions, the end mark and the media contact", () => {
    expect(read.title).toBe("Keeping the Ferry Running");
    expect(read.text).not.toMatch(/Address by|Text issued|Check against|\[Applause\]|###|Media contact/);
    expect(read.text.startsWith("Good evening, and thank you")).toBe(true);
  });

  it("keeps a hard-wrapped line of prose that only opens like page furniture", () => {
    expect(read.text).toContain("Children who read more at home do better at school");
  });
});
