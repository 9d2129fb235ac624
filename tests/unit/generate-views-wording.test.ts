import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { viewsOf } from "../../lib/import/generate/perspective";

// Reporting clauses the who-holds-which-view reader missed on articles written to try it (a textbook chapter and
// a news page). Every sentence here is made up for the test.

const viewOf = (text: string, holder: string) =>
  viewsOf(readOneSection(text)).find((v) => v.holder === holder)?.content;

describe("views held in wordings the reader used to miss", () => {
  it("a named example of a group: 'Some historians, such as Dr Ana Ruiz, argue that…'", () => {
    expect(
      viewOf(
        "Historians still argue about the canal. Some historians, such as Dr Ana Ruiz, argue that the canal failed because the railway came too soon.",
        "Ana Ruiz",
      ),
    ).toBe("The canal failed because the railway came too soon");
  });

  it("an adverb between the holder and the verb: 'He also warned that…'", () => {
    expect(
      viewOf(
        "Professor Tom Hale studies water supply at Northgate University. He also warned that the new reservoir would fill too slowly to help this summer.",
        "Tom Hale",
      ),
    ).toBe("The new reservoir would fill too slowly to help this summer");
  });

  it("a possibility put as a view ('may have been'), kept whole when its own 'that' is a relative clause", () => {
    expect(
      viewOf(
        "The trial ran in twelve towns. Professor Mark Ellis, a statistician at Eastbrook University who was not involved, said the towns that joined the trial may have been different from the others.",
        "Mark Ellis",
      ),
    ).toBe("The towns that joined the trial may have been different from the others");
  });

  it("after 'told', the one told still goes before the view", () => {
    expect(
      viewOf(
        "The council met on Monday. Councillor Lena Okafor told the council that the bridge should close until the repairs are done.",
        "Lena Okafor",
      ),
    ).toBe("The bridge should close until the repairs are done");
  });
});
