/**
 * Which sections share a lesson: a section that yields no draft (a list with no sentences, such as a how-to's
 * "What You Will Need"; or sentences none of whose items could be made well) is read with a neighbour instead of
 * being left out of every lesson but the overview. It joins the section before it, or the one after it when it is
 * the first; the joined lesson is named after both, so the teacher sees why. Groups of section indexes, in order.
 */
export function lessonGroups(draftCounts: readonly number[]): number[][] {
  const groups: number[][] = draftCounts.map((_, i) => [i]);
  for (let i = 0; i < groups.length && groups.length > 1;) {
    const empty = groups[i]!.every((s) => draftCounts[s] === 0);
    if (!empty) {
      i++;
      continue;
    }
    if (i > 0) {
      groups[i - 1]!.push(...groups[i]!);
      groups.splice(i, 1);
    } else {
      groups[1]!.unshift(...groups[0]!);
      groups.splice(0, 1);
    }
  }
  return groups;
}

/** "A and B", "A, B and C": the joined lesson's title, within the lesson title's limit. */
export function joinedTitle(headings: readonly string[], max: number): string {
  const title =
    headings.length === 1 ? headings[0]! : `${headings.slice(0, -1).join(", ")} and ${headings.at(-1)!}`;
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}
