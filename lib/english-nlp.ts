import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type EnglishNlp = ReturnType<typeof winkNLP>;

// wink-nlp's English model ships inside its npm package. Building it costs tens of megabytes, so the
// sentence splitter and the short-answer grader share one instance, built on first use.
let nlp: EnglishNlp | undefined;

export function englishNlp(): EnglishNlp {
  nlp ??= winkNLP(model);
  return nlp;
}
