/** How warm a sentence is shown: 0 none, then 1 to 3 by the share of the class that highlighted it. */
export function heatLevel(count: number, enrolled: number): 0 | 1 | 2 | 3 {
  if (count <= 0) return 0;
  const share = count / Math.max(enrolled, count);
  return share > 0.5 ? 3 : share > 0.25 ? 2 : 1;
}
