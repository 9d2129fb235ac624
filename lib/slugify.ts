/**
 * A URL- and file-name-safe form of a title: accents dropped, lowercase ASCII words joined by hyphens. Used for
 * article slugs and export file names, which must survive every operating system and browser.
 */
export function slugify(title: string, fallback: string, maxLength = 100): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
  return slug || fallback;
}
