/**
 * What read aloud speaks, pure: the passage's sentences in order (each `data-sentence` id is "<section>-<n>",
 * lib/reading/passage-sentences.ts), and its sections, each named by its heading, to read one alone.
 */

export type SpokenUnit = { text: string; section: string; heading: string | null };
export type SpokenSection = { key: string; label: string; first: number; last: number };

/** A sentence id's section ("2-5" is in section "2"); text without sentence ids is one section. */
export const sectionOf = (sentenceId: string | undefined) =>
  sentenceId ? sentenceId.slice(0, Math.max(sentenceId.lastIndexOf("-"), 0)) || sentenceId : "0";

/** The sections in passage order, with the index range of their units; only worth offering when there are two. */
export function spokenSections(units: SpokenUnit[]): SpokenSection[] {
  const sections: SpokenSection[] = [];
  units.forEach((u, i) => {
    const last = sections.at(-1);
    if (last && last.key === u.section) {
      last.last = i;
      if (last.label.startsWith("Section ") && u.heading) last.label = u.heading;
    } else {
      sections.push({
        key: u.section,
        label: u.heading ?? `Section ${sections.length + 1}`,
        first: i,
        last: i,
      });
    }
  });
  return sections;
}
