import type { Answer } from "./answer";

type Option = { id: string; text: string };
type Version = { choices: Option[]; evidenceOptions: Option[] };

const normalized = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Maps one version's option ids to another's: the same text (case and spacing ignored) first, since a
 * fix may reorder choices; else the option at the same place, since a fix may reword one. An id with
 * neither stays as it was and so earns nothing against the new key.
 */
function idMap(from: Option[], to: Option[]): (id: string) => string {
  const byText = new Map(to.map((o) => [normalized(o.text), o.id]));
  const map = new Map<string, string>();
  for (const o of from) {
    const same = byText.get(normalized(o.text));
    if (same) map.set(o.id, same);
  }
  // A target already taken by its text is never given to a second option: answers must not repeat an id.
  const taken = new Set(map.values());
  from.forEach((o, i) => {
    const there = to[i]?.id;
    if (!map.has(o.id) && there && !taken.has(there)) {
      map.set(o.id, there);
      taken.add(there);
    }
  });
  return (id) => map.get(id) ?? id;
}

/** A saved answer to one version of a question, rewritten to pick the same options of a newer version. */
export function remapAnswer(answer: Answer, from: Version, to: Version): Answer {
  const choice = idMap(from.choices, to.choices);
  switch (answer.type) {
    case "single_choice":
    case "true_false":
      return { ...answer, choiceId: answer.choiceId === null ? null : choice(answer.choiceId) };
    case "multiple_select":
    case "ordering":
      return { ...answer, choiceIds: answer.choiceIds.map(choice) };
    case "evidence": {
      const sentence = idMap(from.evidenceOptions, to.evidenceOptions);
      return {
        ...answer,
        choiceId: answer.choiceId === null ? null : choice(answer.choiceId),
        evidenceIds: answer.evidenceIds.map(sentence),
      };
    }
    case "short_answer":
    case "open_response":
      return answer;
  }
}
