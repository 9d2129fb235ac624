import { readForGeneration } from "../../lib/import/generate/article";

/** A text read for generation as one section headed "Test", as the generator's unit tests use it. */
export const readOneSection = (text: string, title = "Test") =>
  readForGeneration({ title, byline: "", text, sections: [{ heading: "Test", start: 0, end: text.length }] });
