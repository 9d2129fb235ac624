/**
 * Bylines and titles as pages and files write them, reduced to what Lectern stores: the author's name without
 * "By" or a role ("Staff Reporter"), the headline without the site's name.
 */

/** "By Ann Lee", "Written by Ann Lee", "Interview by Ann Lee", "by Ann Lee 1.2k views". */
const BYLINE_LINE =
  /^(?:(?:written|article|interview|story|words|text|reporting|posted|photos and text)\s+)?by\s+(.+?)(?:\s+[\d,.]+k?\s+(?:views?|reads?|comments?))?\s*$/i;

/** Words that name a job rather than a person: what follows a comma or a bar after the name. */
const ROLE =
  /\b(?:staff|reporter|correspondent|editor|writer|columnist|contributor|contributing|desk|producer|journalist|bureau|chief|senior|special|freelance|author|critic|analyst|intern)\b/i;

const MAX_BYLINE_WORDS = 12;

/** The name in a byline, or "" when the text is no byline (too long, or a sentence). */
export function cleanByline(raw: string): string {
  let name = raw.replace(/\s+/g, " ").trim();
  const by = BYLINE_LINE.exec(name);
  if (by?.[1]) name = by[1];
  // "Ann Lee | Garden Desk", "Ann Lee · 5 min read": the name comes first.
  name = name.split(/\s+[|·•—–]\s+|\s+-\s+/)[0] ?? "";
  // "Ann Lee, Staff Reporter"; a comma followed by another name ("Ann Lee, Bo Chen and Li Wu") stays.
  const comma = name.indexOf(",");
  if (comma > 0 && ROLE.test(name.slice(comma))) name = name.slice(0, comma);
  name = name.replace(/[.,;:]+$/, "").trim();
  if (!name || name.split(" ").length > MAX_BYLINE_WORDS || /https?:|@|[.!?]\s/.test(name)) return "";
  return name;
}

/** A paragraph that is only a byline ("By Ann Lee, Staff Reporter"): its name, else null. */
export function bylineOfLine(line: string): string | null {
  const text = line.replace(/\s+/g, " ").trim();
  if (!BYLINE_LINE.test(text) || text.split(" ").length > MAX_BYLINE_WORDS + 4) return null;
  return cleanByline(text) || null;
}

/**
 * A byline line that carries the page's other labels after its name ("By Tomas Reilly · Obituaries · 3 November
 * 2026"): a name of capitalised words and at least one more part after a dot or bar. It can sit below a standfirst,
 * where a bare "By …" line could be a sentence ("By noon the rain had stopped").
 */
export function labelledBylineOfLine(line: string): string | null {
  const name = bylineOfLine(line);
  const parts = line.split(/\s+[|·•]\s+/);
  if (!name || parts.length < 2 || !parts.slice(1).every((p) => p.trim().split(/\s+/).length <= 6))
    return null;
  return name
    .split(/\s+/)
    .every((w) => /^[\p{Lu}]/u.test(w) || /^(?:and|de|van|von|der|da|di|la|le|du)$/.test(w))
    ? name
    : null;
}

const SEPARATOR = /\s+[|–—-]\s+|\s+::\s+/;

/**
 * A page title without the site's name: "Headline | Site" and "Headline – Site" keep the headline. The site is
 * the part named elsewhere on the page (og:site_name, the publisher), else the shorter last part.
 */
export function withoutSiteName(title: string, siteNames: string[]): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return title.trim();
  const sites = new Set(siteNames.map((s) => s.trim().toLowerCase()));
  const kept = parts.filter((p) => !sites.has(p.toLowerCase()));
  if (kept.length < parts.length && kept.length > 0) return kept.join(" - ");
  const last = parts.at(-1)!;
  const rest = parts.slice(0, -1).join(" - ");
  return last.split(" ").length <= 5 && last.length < rest.length ? rest : title.trim();
}

const normTitle = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Titles compared as a reader would: case, spacing and punctuation aside. */
export const sameTitle = (a: string, b: string) => normTitle(a) === normTitle(b);

/** "Headline - Section" begins with the headline "Headline" (of three words or more, so a site's name does not). */
export const startsWithTitle = (title: string, headline: string) =>
  headline.split(/\s+/).length >= 3 && normTitle(title).startsWith(`${normTitle(headline)} `);

/** The part of a page title that withoutSiteName took away: the site's name as the page spells it. */
export const otherParts = (kept: string, whole: string) =>
  whole.startsWith(kept) ? whole.slice(kept.length).replace(SEPARATOR, "").trim() : "";
