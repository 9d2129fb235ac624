import { CitedPassage } from "./cited-passage";

/** The passage as a student reads it while answering: nothing marked. */
export function Passage({ text, headingLevel = 2 }: { text: string; headingLevel?: 2 | 3 }) {
  return <CitedPassage text={text} citations={[]} headingLevel={headingLevel} />;
}
