import { describe, expect, it } from "vitest";
import { announcesView, authorViewClause, thirdPerson } from "../../lib/import/generate/author-view";

describe("the author's view in the third person", () => {
  it("drops the stance and a leading connective", () => {
    expect(authorViewClause("So I think schools should start later.")).toBe("schools should start later.");
    expect(authorViewClause("In conclusion, we believe that the ban should end.")).toBe(
      "the ban should end.",
    );
    expect(authorViewClause("Weekends should be free of homework.")).toBe(
      "weekends should be free of homework.",
    );
  });

  it("makes the verb after I agree with the author", () => {
    expect(thirdPerson("I want a weekend without homework")).toBe(
      "the author wants a weekend without homework",
    );
    expect(thirdPerson("what I propose is simple")).toBe("what the author proposes is simple");
    expect(thirdPerson("I really do not accept it")).toBe("the author really does not accept it");
    expect(thirdPerson("I am sure, and I have seen it")).toBe(
      "the author is sure, and the author has seen it",
    );
    expect(thirdPerson("I'm sure I would agree")).toBe("the author is sure the author would agree");
    expect(thirdPerson("I watched it and I worry")).toBe("the author watched it and the author worries");
    expect(thirdPerson("our district should help us")).toBe("the district should help people");
  });
});

describe("a sentence that announces a view rather than stating it", () => {
  it("is recognised", () => {
    expect(announcesView("So here is what I propose.")).toBe(true);
    expect(announcesView("My plan has three parts:")).toBe(true);
    expect(announcesView("That is what I believe.")).toBe(true);
  });

  it("is not confused with a view", () => {
    expect(announcesView("I propose that schools end homework on Fridays.")).toBe(false);
    expect(announcesView("Schools should start later.")).toBe(false);
  });
});
