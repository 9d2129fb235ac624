import type { QuestionInput } from "../content/schema";
import { keepGood } from "./quality-rules";
import { splitSentences, wordCount, type Sentence } from "./sentences";
import { distractorsFor, termsOf, type Term, type TermKind } from "./terms";

type Ctx = { text: string; index: Map<TermKind, string[]> };
const HOLDERS = ["critics", "supporters", "opponents", "proponents", "analysts", "observers"];
const HOLDER = new RegExp(`\\b(${HOLDERS.join("|")})\\b`, "i");

const cite = (s: Sentence) => ({ text: s.text, start: s.start, end: s.end });
const tf = (correct: boolean) => [
  { text: "True", correct },
  { text: "False", correct: !correct },
];
const shorten = (s: string, words = 14) => {
  const w = s.split(/\s+/);
  return w.length <= words ? s : `${w.slice(0, words).join(" ")} …`;
};

function blankable(s: Sentence): Term | undefined {
  // A term from the middle of the sentence, so the blank never dangles at its start.
  return termsOf(s.text).find((t) => s.text.indexOf(t.text) > 0 && t.text.length > 2);
}

// A prompt quotes its whole sentence; a longer one makes an unreadable question (and could pass the prompt limit).
const MAX_SENTENCE_CHARS = 400;

/** Draft questions for one passage span, at most one of each type per sentence. */
export function generateQuestions(ctx: Ctx, from: number, to: number, heading: string): QuestionInput[] {
  const sentences = splitSentences(ctx.text, from, to).filter(
    (s) => wordCount(s.text) >= 6 && s.text.length <= MAX_SENTENCE_CHARS,
  );
  const qs: QuestionInput[] = [];
  const used = new Set<string>();
  const take = (s: Sentence, type: string) => {
    const key = `${s.start}:${type}`;
    if (used.has(key)) return false;
    used.add(key);
    return true;
  };
  const base: Pick<QuestionInput, "points" | "acceptedAnswers" | "evidenceOptions" | "choices"> = {
    points: 1,
    acceptedAnswers: [],
    evidenceOptions: [],
    choices: [],
  };

  const lead = sentences[0];
  if (lead && take(lead, "true_false")) {
    qs.push({
      ...base,
      type: "true_false",
      skill: "main_idea",
      prompt: `True or false: according to the article, the section "${heading}" opens with this idea: "${lead.text}"`,
      explanation: `This is the section's leading sentence.`,
      citation: cite(lead),
      choices: tf(true),
    });
  }
  sentences.forEach((s, i) => {
    const term = blankable(s);
    if (!term) return;
    const distractors = distractorsFor(term, s.text, ctx.index, 3, i);
    if (i % 3 === 0 && distractors.length >= 2 && take(s, "single_choice")) {
      const choices = [
        { text: term.text, correct: true },
        ...distractors.map((d) => ({
          text: d,
          correct: false,
          feedback: "This term does not appear in the cited sentence.",
        })),
      ];
      const rotated = [...choices.slice(i % choices.length), ...choices.slice(0, i % choices.length)];
      qs.push({
        ...base,
        type: "single_choice",
        skill: term.kind === "word" ? "vocabulary" : "detail",
        prompt: `According to the article, which word or phrase completes the sentence? "${s.text.replace(term.text, "_____")}"`,
        explanation: `The article says: "${s.text}"`,
        citation: cite(s),
        choices: rotated,
      });
    } else if (i % 3 === 1 && take(s, "short_answer")) {
      qs.push({
        ...base,
        type: "short_answer",
        skill: term.kind === "word" ? "vocabulary" : "detail",
        prompt: `Fill in the blank, according to the article: "${s.text.replace(term.text, "_____")}"`,
        explanation: `The article says: "${s.text}"`,
        citation: cite(s),
        acceptedAnswers: [term.text],
      });
    } else if (i % 3 === 2 && distractors[0] && take(s, "true_false")) {
      const wrong = distractors[0];
      const swapped = s.text.replace(term.text, wrong);
      qs.push({
        ...base,
        type: "true_false",
        skill: "detail",
        prompt: `True or false: according to the article, "${swapped}"`,
        explanation: `False: the article says "${term.text}", not "${wrong}": "${s.text}"`,
        citation: cite(s),
        choices: tf(false),
      });
    }
  });
  // Claim vs. criticism: the group a view is attributed to is blanked; the other groups are the distractors.
  for (const s of sentences.filter((x) => HOLDER.test(x.text)).slice(0, 2)) {
    const holder = HOLDER.exec(s.text)?.[0];
    if (!holder || !take(s, "single_choice")) continue;
    const lower = s.text.toLowerCase();
    const others = HOLDERS.filter((o) => !lower.includes(o)).slice(0, 3);
    qs.push({
      ...base,
      type: "single_choice",
      skill: "claim_vs_criticism",
      prompt: `According to the article, who holds this view? "${s.text.replace(holder, "_____")}"`,
      explanation: `The article attributes this view to ${holder.toLowerCase()}: "${s.text}"`,
      citation: cite(s),
      choices: [
        { text: holder.toLowerCase(), correct: true },
        ...others.map((o) => ({ text: o, correct: false })),
      ],
    });
  }
  const [first, , , fourth] = sentences;
  if (first && fourth) {
    const steps = sentences.slice(0, 4);
    qs.push({
      ...base,
      type: "ordering",
      points: 2,
      skill: "sequence",
      prompt: `Put these points in the order the article makes them in "${heading}".`,
      explanation: "The points appear in this order in the article.",
      citation: {
        text: ctx.text.slice(first.start, fourth.end),
        start: first.start,
        end: fourth.end,
      },
      choices: steps.map((s) => ({ text: shorten(s.text), correct: true })),
    });
  }
  if (lead) {
    qs.push({
      ...base,
      type: "open_response",
      points: 4,
      skill: "perspective",
      prompt: `Explain, with evidence from the article, the view presented in "${heading}".`,
      explanation: "A strong answer names the view and quotes the article's sentences that support it.",
      citation: cite(lead),
      rubric:
        "4: states the view accurately and supports it with two quoted or paraphrased sentences. 2: states the view with little evidence. 0: off topic or unsupported.",
    });
  }
  return keepGood(qs);
}
