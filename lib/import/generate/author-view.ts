/**
 * The author's view restated in the third person, for the open response's example answer: "So I think schools
 * should start later." → "schools should start later."; "I want a ban" → "the author wants a ban".
 */

const LEADING_CONNECTIVE =
  /^(?:So|But|And|Yet|Still|Therefore|Thus|Hence|Instead|Finally|Ultimately|In (?:short|sum|conclusion|the end)),?\s+/i;
const STANCE_LEAD =
  /^.*?\b(?:I|[Ww]e)\s+(?:think|believe|argue|would argue|am convinced|are convinced|hope|suggest|propose)\s+(?:that\s+)?/;

/**
 * A sentence that points at the view instead of stating it ("So here is what I propose.", "My plan is simple:"):
 * restated, it says nothing, so it cannot stand for the author's view.
 */
export function announcesView(text: string): boolean {
  return (
    /:\s*$/.test(text) ||
    /\b(?:here(?:'s| is| are)|as follows|the following)\b/i.test(text) ||
    /\b(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?:think|believe|argue|propose|suggest|hope|agree|disagree|doubt)\s*[.!?]?\s*$/.test(
      text,
    )
  );
}

export function authorViewClause(text: string, writer = "the author"): string {
  const body = text.replace(LEADING_CONNECTIVE, "");
  const stripped = body.replace(STANCE_LEAD, "");
  const clause = stripped === body ? `${body.charAt(0).toLowerCase()}${body.slice(1)}` : stripped;
  return thirdPerson(clause, writer);
}

const MODAL_OR_PAST =
  /^(?:can|could|will|would|shall|should|may|might|must|did|had|was|were|\w+ed|thought|said|knew|felt|saw|wrote|made|found|told|took|went|came|got|gave|became|left|kept|meant|heard|read|spent)$/i;
const ADVERB = /^(?:\w+ly|also|still|just|never|only|often|always|even|too|not)$/i;

/**
 * "I", "me", "my", "we", "us", "our" in the third person, with the verb after "I" agreeing ("the author wants");
 * `writer` names who "I" is ("the author", "the writer").
 */
export function thirdPerson(text: string, writer = "the author"): string {
  return text
    .replace(/\bI'm\b/g, `${writer} is`)
    .replace(/\bI've\b/g, `${writer} has`)
    .replace(/\bI'd\b/g, `${writer} would`)
    .replace(/\bI'll\b/g, `${writer} will`)
    .replace(
      /\bI((?:\s+[A-Za-z]+ly|\s+(?:also|still|just|never|only|often|always|even))*)\s+([a-z]+)\b/g,
      (_, adverbs: string, verb: string) => `${writer}${adverbs} ${agreeing(verb)}`,
    )
    .replace(/\b(?:I|[Mm]e)\b/g, writer)
    .replace(/\b[Mm]y\b/g, `${writer}'s`)
    .replace(/\b[Oo]ur\b/g, "the")
    .replace(/\b(?:[Ww]e|[Uu]s)\b/g, "people");
}

/** The third-person singular of a verb that followed "I". */
function agreeing(verb: string): string {
  if (verb === "am") return "is";
  if (verb === "have") return "has";
  if (verb === "do") return "does";
  if (MODAL_OR_PAST.test(verb) || ADVERB.test(verb)) return verb;
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
