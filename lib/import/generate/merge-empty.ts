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

/** A section as grouping sees it: its drafts, its heading's level when known, and whether it is apparatus. */
export type GroupedPart = { drafts: number; level?: number; apparatus?: boolean };

/**
 * `lessonGroups` along the heading hierarchy. A section and the sub-sections under it (deeper headings) are a
 * family: an empty section joins a neighbour within its family first, so a heading whose content is its
 * sub-sections ("Two views on rent control", then "The case for", "The case against") opens its first
 * sub-section's lesson instead of closing the previous section's, as the tenth review found; a family with no
 * draft at all joins a neighbouring family. Without levels every section is a family and this is `lessonGroups`.
 * Apparatus is in no group: it stays in the article, and in a lesson's passage only when between two of its
 * sections.
 */
export function headedLessonGroups(parts: readonly GroupedPart[]): number[][] {
  const families: number[][] = [];
  let headLevel: number | undefined;
  parts.forEach((p, i) => {
    if (p.apparatus) return;
    const family = families.at(-1);
    if (family && headLevel !== undefined && p.level !== undefined && p.level > headLevel) family.push(i);
    else {
      families.push([i]);
      headLevel = p.level;
    }
  });
  const drafts = (i: number) => parts[i]!.drafts;
  const within = families.map((f) => lessonGroups(f.map(drafts)).map((g) => g.map((k) => f[k]!)));
  return lessonGroups(families.map((f) => f.reduce((n, i) => n + drafts(i), 0))).flatMap((joined) => {
    // One family with drafts at most in a joined run: the empty ones before it open its first lesson, those
    // after it close its last.
    const full = joined.find((f) => families[f]!.some((i) => drafts(i) > 0)) ?? joined[0]!;
    const groups = within[full]!.map((g) => [...g]);
    const before = joined.filter((f) => f < full).flatMap((f) => families[f]!);
    const after = joined.filter((f) => f > full).flatMap((f) => families[f]!);
    groups[0]!.unshift(...before);
    groups.at(-1)!.push(...after);
    return groups;
  });
}
