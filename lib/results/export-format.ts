/** Spreadsheet cells get one decimal, like the pages; null stays an empty cell rather than a misleading 0. */
export function roundPercent(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
