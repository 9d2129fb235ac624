/** Spreadsheet cells get one decimal, like the pages; null stays an empty cell rather than a misleading 0. */
export function roundPercent(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** A file name safe on every operating system, from a class or lesson title. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "export";
}
