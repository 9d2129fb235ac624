/**
 * The grading list's order, kept as the teacher first saw it: answers the page gets afterwards keep their place, and
 * new ones (a student submitting meanwhile) come after. Pure, unit-tested.
 */
export function keepFirstOrder<T extends { id: string }>(
  items: readonly T[],
  firstOrder: readonly string[],
): T[] {
  const place = new Map(firstOrder.map((id, i) => [id, i]));
  return items
    .map((item, i) => ({ item, at: place.get(item.id) ?? firstOrder.length + i }))
    .sort((a, b) => a.at - b.at)
    .map(({ item }) => item);
}

/**
 * The answer to grade after `currentId`: the next one below it still ungraded, else the first above it; none when
 * everything is graded. `gradedHere` holds answers graded on this page that the list may not show as graded yet.
 */
export function nextUngraded<T extends { id: string; points: number | null }>(
  items: readonly T[],
  currentId: string,
  gradedHere: ReadonlySet<string>,
): T | null {
  const at = items.findIndex((i) => i.id === currentId);
  const ungraded = (i: T) => i.id !== currentId && i.points === null && !gradedHere.has(i.id);
  return items.slice(at + 1).find(ungraded) ?? items.slice(0, Math.max(0, at)).find(ungraded) ?? null;
}
