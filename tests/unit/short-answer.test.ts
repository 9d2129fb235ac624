import { describe, expect, it } from "vitest";
import { definedAcronyms } from "../../lib/grading/short-answer/acronyms";
import { shortAnswerKey, type ShortAnswerKey } from "../../lib/grading/short-answer/key";
import { matchShortAnswer } from "../../lib/grading/short-answer/match";

const ARTICLE = [
  "The Environmental Protection Agency (EPA) published its rules on Fridays.",
  "Trump questioned the North Atlantic Treaty Organization (NATO) and the alliance's relevance.",
  "He left the Paris Agreement on climate change and criticized the World Trade Organization (WTO).",
  "The World Health Organization (WHO) was not spared. Austria and Australia were both mentioned.",
  "Critics said it could embolden further aggression; negotiators hoped to de-escalate tensions.",
  "Zelenskyy met the envoys three times, the fourth meeting was cancelled, and 1,000 troops stayed in Afghanistan.",
].join(" ");

const key = (acceptedAnswers: string[], rejectedAnswers: string[] = []): ShortAnswerKey =>
  shortAnswerKey({ acceptedAnswers, rejectedAnswers }, ARTICLE);

const KEYS = {
  embolden: key(["embolden", "encourage", "make braver", "give courage to"]),
  deescalate: key(["de-escalate", "ease tensions", "reduce tension"]),
  paris: key(["Paris Agreement"]),
  friday: key(["Friday"]),
  epa: key(["Environmental Protection Agency"]),
  epaShort: key(["EPA"]),
  // The same question with no article to define the acronym.
  epaAlone: shortAnswerKey(
    { acceptedAnswers: ["Environmental Protection Agency"], rejectedAnswers: [] },
    null,
  ),
  nato: key(["NATO"], ["the EU", "the United Nations"]),
  wto: key(["World Trade Organization", "Paris Agreement"]),
  who: key(["World Health Organization"]),
  three: key(["three"]),
  n21: key(["21"]),
  fourth: key(["fourth"]),
  troops: key(["1,000 troops"]),
  zelenskyy: key(["Zelenskyy"]),
  effect: key(["effect"]),
  australia: key(["Australia"]),
  afghanistan: key(["Afghanistan"]),
  recalibration: key(["recalibration"]),
  receive: key(["receive"]),
  dontStop: key(["don't stop"]),
  notGuilty: key(["not guilty"]),
} satisfies Record<string, ShortAnswerKey>;

type Case = [given: string, question: keyof typeof KEYS, correct: boolean, near: boolean];

const RIGHT: Case[] = [
  ["embolden", "embolden", true, false],
  ["  Embolden. ", "embolden", true, false],
  ["make braver", "embolden", true, false],
  ["encouraged", "embolden", true, true],
  ["encourages", "embolden", true, true],
  ["emboldened", "embolden", true, true],
  ["made braver", "embolden", true, true],
  ["gave courage to", "embolden", true, true],
  ["emboldn", "embolden", true, true],
  ["it would embolden them", "embolden", true, true],
  ["ease tensions", "deescalate", true, false],
  ["de escalate", "deescalate", true, false],
  ["eased tension", "deescalate", true, true],
  ["reducing tensions", "deescalate", true, true],
  ["deescalate", "deescalate", true, true],
  ["the Paris Agreement", "paris", true, false],
  ["the Paris Agreement on climate change", "paris", true, true],
  ["the paris agreemnt", "paris", true, true],
  ["friday", "friday", true, false],
  ["Fridays", "friday", true, true],
  ["on Fridays", "friday", true, true],
  ["EPA", "epa", true, true],
  ["the E.P.A.", "epa", true, true],
  ["the EPA", "epaShort", true, false],
  ["Environmental Protection Agency", "epaShort", true, true],
  ["N.A.T.O.", "nato", true, false],
  ["North Atlantic Treaty Organization", "nato", true, true],
  ["NATO's relevance", "nato", true, true],
  ["the WTO", "wto", true, true],
  ["the WTO and the Paris Agreement", "wto", true, true],
  ["3", "three", true, true],
  ["three times", "three", true, true],
  ["twenty-one", "n21", true, true],
  ["twenty one", "n21", true, true],
  ["4th", "fourth", true, true],
  ["1000 troops", "troops", true, false],
  ["a thousand troops", "troops", true, true],
  ["Zelensk\u00FDy", "zelenskyy", true, false],
  ["Zelensky", "zelenskyy", true, true],
  ["President Zelenskyy", "zelenskyy", true, true],
  ["effect", "effect", true, false],
  ["effects", "effect", true, true],
  ["AUSTRALIA!", "australia", true, false],
  ["Austrlia", "australia", true, true],
  ["Afganistan", "afghanistan", true, true],
  ["a recalibration", "recalibration", true, false],
  ["recalibraton", "recalibration", true, true],
  ["recieve", "receive", true, true],
  ["Don\u2019t stop", "dontStop", true, false],
  ["\u201Cdon't stop\u201D", "dontStop", true, false],
  ["he was not guilty", "notGuilty", true, true],
];

const WRONG: Case[] = [
  ["did not encourage", "embolden", false, false],
  ["didn't encourage them", "embolden", false, false],
  ["never encouraged", "embolden", false, false],
  ["no longer encourage", "embolden", false, false],
  ["not embolden", "embolden", false, false],
  ["discourage", "embolden", false, false],
  ["encouragement", "embolden", false, false],
  ["make braver or weaker", "embolden", false, false],
  ["make weaker", "embolden", false, false],
  ["escalate tensions", "deescalate", false, false],
  ["increase tension", "deescalate", false, false],
  ["did not ease tensions", "deescalate", false, false],
  ["Paris", "paris", false, false],
  ["agreement", "paris", false, false],
  ["the Kyoto Protocol", "paris", false, false],
  ["Thursday", "friday", false, false],
  ["not on Fridays", "friday", false, false],
  ["EPA", "epaAlone", false, false],
  ["the FDA", "epa", false, false],
  ["Environmental Agency", "epa", false, false],
  ["NATO and the EU", "nato", false, false],
  ["the EU", "nato", false, false],
  ["NATO or the UN", "nato", false, false],
  ["NATO, not the United Nations", "nato", false, false],
  ["the United Nations and NATO", "nato", false, false],
  ["NAFTA", "nato", false, false],
  ["the WHO", "wto", false, false],
  ["World Health Organization", "wto", false, false],
  // An acronym that is also a word is not read as a name: "who" stays a word.
  ["who knows", "who", false, false],
  ["4", "three", false, false],
  ["four", "three", false, false],
  ["thirty", "three", false, false],
  ["not three", "three", false, false],
  ["twenty two", "n21", false, false],
  ["12", "n21", false, false],
  ["211", "n21", false, false],
  ["third", "fourth", false, false],
  ["4", "fourth", false, false],
  ["fifth", "fourth", false, false],
  ["1,000 tanks", "troops", false, false],
  ["10,000 troops", "troops", false, false],
  ["Putin", "zelenskyy", false, false],
  ["affect", "effect", false, false],
  ["affects", "effect", false, false],
  ["defect", "effect", false, false],
  ["Austria", "australia", false, false],
  ["Pakistan", "afghanistan", false, false],
  ["Afghan", "afghanistan", false, false],
  ["calibration", "recalibration", false, false],
  ["recalculation", "recalibration", false, false],
  ["deceive", "receive", false, false],
  ["receive nothing", "receive", false, false],
  ["do stop", "dontStop", false, false],
  ["don't go", "dontStop", false, false],
  ["guilty", "notGuilty", false, false],
  ["", "embolden", false, false],
  ["...", "embolden", false, false],
];

describe("matchShortAnswer", () => {
  it("has at least as many answers that must stay wrong as answers that must pass, 80 in all", () => {
    expect(WRONG.length).toBeGreaterThanOrEqual(RIGHT.length);
    expect(WRONG.length + RIGHT.length).toBeGreaterThanOrEqual(80);
  });

  it.each([...RIGHT, ...WRONG])("%j for %s: correct %s, near %s", (given, question, correct, near) => {
    const result = matchShortAnswer(given, KEYS[question]);
    expect({ correct: result.correct, near: result.near }).toEqual({ correct, near });
    if (!correct) expect(result.matched).toBeNull();
  });

  it("names the accepted answer it matched, as the teacher wrote it", () => {
    expect(matchShortAnswer("encouraged", KEYS.embolden).matched).toBe("encourage");
    expect(matchShortAnswer("EPA", KEYS.epa).matched).toBe("Environmental Protection Agency");
    expect(matchShortAnswer("the paris agreement", KEYS.wto).matched).toBe("Paris Agreement");
  });

  it("keeps a listed wrong answer wrong when a typo of it looks like a right one", () => {
    const australia = key(["Australia"], ["Austria"]);
    expect(matchShortAnswer("Austrlia", australia).correct).toBe(false);
  });

  it("takes a word of the article for itself, not for a typo of the key", () => {
    const withoutArticle = shortAnswerKey({ acceptedAnswers: ["Austrian"], rejectedAnswers: [] }, null);
    expect(matchShortAnswer("Austria", withoutArticle).correct).toBe(true);
    expect(matchShortAnswer("Austria", key(["Austrian"])).correct).toBe(false);
  });
});

describe("definedAcronyms", () => {
  it.each<[string, { short: string; long: string }[]]>([
    [
      "The Environmental Protection Agency (EPA) said so.",
      [{ short: "EPA", long: "Environmental Protection Agency" }],
    ],
    [
      "It joined NATO (North Atlantic Treaty Organization).",
      [{ short: "NATO", long: "North Atlantic Treaty Organization" }],
    ],
    ["The Department of Defense (DoD) agreed.", [{ short: "DoD", long: "Department of Defense" }]],
    [
      "Non-Governmental Organizations (NGOs) helped.",
      [{ short: "NGOs", long: "Non-Governmental Organizations" }],
    ],
    ["The U.S. (United States) led.", [{ short: "U.S.", long: "United States" }]],
    ["Trump (the president) spoke.", []],
    ["The vote (AB) failed.", []],
    ["It was an agreement (PA).", []],
  ])("%j", (text, expected) => {
    expect(definedAcronyms(text)).toEqual(expected);
  });
});
