import type { Draft } from "./article";
import { EACH_WRITER } from "./voices";

const quoteList = (items: readonly string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/**
 * Two to four objectives written from what the lesson's section says and what its drafts ask: the section's
 * topics, the words it teaches, the views it reports, the order or causes it sets out.
 */
export function objectivesFor(
  heading: string,
  topics: readonly string[],
  drafts: readonly Draft[],
  overview = false,
): string[] {
  const out: string[] = [];
  const about = topics.length ? ` (${quoteList(topics.slice(0, 3))})` : "";
  if (overview) {
    const open = drafts.find((d) => d.question.type === "open_response")?.question;
    // The objective is what the overview's open response asks: a page of two writers has no one author's view.
    if (open?.prompt.includes(EACH_WRITER))
      out.push(`Explain each writer's view in "${heading}" and where the views agree or differ.`);
    else if (open?.skill === "perspective")
      out.push(`Explain the author's view in "${heading}" with evidence from more than one section.`);
    else out.push(`Explain what two parts of "${heading}" tell the reader and how they connect.`);
    out.push("Tell which part of the article says what, and in what order the article takes up its topics.");
    return out;
  }
  out.push(`Explain the main idea of "${heading}"${about} in your own words.`);
  const vocabulary = drafts
    .filter((d) => d.question.skill === "vocabulary")
    .map((d) => /What does "([^"]+)" mean/.exec(d.question.prompt)?.[1])
    .filter((w): w is string => !!w);
  if (vocabulary.length)
    out.push(
      `Work out the meaning of ${quoteList(vocabulary.slice(0, 3).map((w) => `"${w}"`))} from the sentence around it.`,
    );
  const holders = drafts
    .filter((d) => d.question.skill === "claim_vs_criticism")
    .map((d) => d.question.choices.find((c) => c.correct)?.text)
    .filter((h): h is string => !!h);
  if (holders.length) out.push(`Tell who holds which view: ${quoteList([...new Set(holders)].slice(0, 3))}.`);
  if (drafts.some((d) => d.question.type === "ordering"))
    out.push("Put the events or steps the section gives in order.");
  if (drafts.some((d) => d.question.skill === "cause_effect"))
    out.push("Explain a cause and its effect as the article gives them.");
  if (out.length < 4 && drafts.some((d) => d.question.skill === "detail"))
    out.push("Recall the facts the section gives and point to the sentence that states each.");
  return out.slice(0, 4);
}
