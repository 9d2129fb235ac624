/**
 * A textbook's or course page's apparatus: the parts that frame the content rather than teach it — learning
 * objectives, review or discussion questions, a summary of key points. The tenth review found a textbook's
 * objectives and review questions supplying an overview item's wrong choices ("Describe three arguments…", a
 * review question's premise with its figure changed). They stay in the article for the student to read; no draft,
 * statement or wrong choice is made from them. A summary restates the body, so drafts from it would repeat the
 * body's. A glossary ("Key terms") is content: its definitions are asked. An encyclopedia page's references,
 * further reading and links frame it the same way.
 */

// A whole heading, in any case, after a section number ("6.3", "4.") and without a final colon.
const APPARATUS_HEADING = new RegExp(
  "^(?:" +
    [
      "(?:learning |lesson |chapter |section |unit |course )?objectives",
      "(?:learning|lesson|chapter|section|unit|course) (?:outcomes|goals|aims)",
      "what you(?:'ll| will) learn",
      "(?:review|discussion|study|practice|comprehension|revision|reflection|end[- ]of[- ](?:chapter|section|unit)) questions",
      "questions(?: for (?:review|discussion|reflection|thought))?",
      "check your (?:understanding|learning|progress)",
      "test yourself|self[- ](?:check|test|assessment)|exercises|think about it",
      "key (?:points|takeaways|ideas|messages)|main points|takeaways|recap",
      "(?:chapter |section |unit |lesson )?summary|in summary",
      // An encyclopedia page's references and links: the eleventh review's wiki page had its references asked.
      "references|notes|notes and references|citations|sources|bibliography|further reading|see also|external links",
    ].join("|") +
    ")$",
  "i",
);

const headingWords = (heading: string) =>
  heading
    .trim()
    .replace(/^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+/, "")
    .replace(/\s*:$/, "")
    .replace(/\s+/g, " ");

export const isApparatusHeading = (heading: string) => APPARATUS_HEADING.test(headingWords(heading));

// What a student is told to do, at the start of an item or of one of its clauses ("Using the figures, calculate…").
const TASK =
  /(?:^|[.?!,;:]\s+|\bto\s+)(?:explain|describe|identify|calculate|compare|contrast|discuss|define|outline|evaluate|summari[sz]e|analy[sz]e|distinguish|justify|predict|recall|give reasons)\b/i;
const ITEM = /^(?:•|\d+\.)\s+/;

/**
 * Whether a section's body is a list of questions or tasks (a review's "1. … Would a ceiling of $75 be binding?
 * Explain.", an objective's "explain what a price ceiling is"), with at most a lead-in line ending on a colon:
 * apparatus whatever its heading says. Two items at least, nearly all of them asking.
 */
export function isTaskList(paragraphs: readonly string[]): boolean {
  const items = paragraphs.filter((p) => ITEM.test(p)).map((p) => p.replace(ITEM, ""));
  const rest = paragraphs.filter((p) => !ITEM.test(p));
  if (items.length < 2 || rest.length > 1 || (rest[0] !== undefined && !/:$/.test(rest[0]))) return false;
  const asking = items.filter((i) => i.includes("?") || TASK.test(i)).length;
  return asking >= Math.ceil((items.length * 2) / 3);
}

/** A section that is apparatus by its heading or by its shape; `paragraphs` are its body's paragraphs. */
export const isApparatus = (heading: string, paragraphs: readonly string[]) =>
  isApparatusHeading(heading) || isTaskList(paragraphs);
