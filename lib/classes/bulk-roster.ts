import { parse } from "csv-parse/sync";
import { displayNameSchema, usernameSchema } from "../accounts/schema";

/** A student to create from one line of a pasted list: "Name" or, as CSV, "Name, username". */
export type RosterLine = { line: number; name: string; username: string | null };
export type RosterProblem = { line: number; message: string };

export const MAX_BULK_STUDENTS = 200;
const MAX_NAME = 80;

const HEADER = /^\s*"?name"?\s*(,\s*"?username"?\s*)?$/i;

/** Case, accents' presence and spacing aside, two names are the same person. */
export const sameNameKey = (name: string) => name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

function fields(text: string): string[] | null {
  if (!/[",]/.test(text)) return [text];
  try {
    const [record] = parse(text, { relax_quotes: true, relax_column_count: true, trim: true }) as string[][];
    return record ?? [""];
  } catch {
    return null;
  }
}

function readLine(text: string, line: number): RosterLine | RosterProblem {
  const cells = fields(text);
  if (cells === null) return { line, message: "cannot be read as CSV (check its quotes)" };
  const nonEmpty = cells.length > 2 ? cells.slice(2).some((c) => c.trim() !== "") : false;
  if (nonEmpty) return { line, message: "has more than a name and a username" };
  const rawName = (cells[0] ?? "").trim();
  if (rawName === "") return { line, message: "has a username but no name" };
  if (rawName.length > MAX_NAME) return { line, message: `has a name over ${MAX_NAME} characters` };
  const name = displayNameSchema.safeParse(rawName);
  if (!name.success)
    return { line, message: `has a name that cannot be used (${name.error.issues[0]!.message})` };
  const rawUsername = (cells[1] ?? "").trim();
  if (rawUsername === "") return { line, name: name.data, username: null };
  const username = usernameSchema.safeParse(rawUsername);
  if (!username.success) {
    return { line, message: `has a username that cannot be used: ${username.error.issues[0]!.message}` };
  }
  return { line, name: name.data, username: username.data };
}

/**
 * Reads a pasted class list, one student a line, numbering lines as the teacher sees them. Blank lines before and
 * after the list are ignored; everything else that is wrong is reported (a blank line inside the list, a name over
 * 80 characters, a repeated name or username, a header anywhere but the first line), so the teacher fixes the list
 * and nothing is created from half of it.
 */
export function readRosterList(text: string): { students: RosterLine[]; problems: RosterProblem[] } {
  const all = text.replace(/\r\n?/g, "\n").split("\n");
  const first = all.findIndex((l) => l.trim() !== "");
  let last = all.length - 1;
  while (last >= 0 && all[last]!.trim() === "") last--;
  const students: RosterLine[] = [];
  const problems: RosterProblem[] = [];
  if (first === -1) return { students, problems: [{ line: 1, message: "is empty: paste one name a line" }] };
  const names = new Map<string, number>();
  const usernames = new Map<string, number>();
  for (let i = first; i <= last; i++) {
    const line = i + 1;
    const text = all[i]!;
    if (i === first && HEADER.test(text)) continue;
    if (text.trim() === "") {
      problems.push({ line, message: "is blank: remove it" });
      continue;
    }
    const read = readLine(text, line);
    if ("message" in read) {
      problems.push(read);
      continue;
    }
    const key = sameNameKey(read.name);
    const seen = names.get(key);
    if (seen !== undefined) problems.push({ line, message: `repeats the name on line ${seen}` });
    else names.set(key, line);
    if (read.username !== null) {
      const before = usernames.get(read.username);
      if (before !== undefined) problems.push({ line, message: `repeats the username on line ${before}` });
      else usernames.set(read.username, line);
    }
    students.push(read);
  }
  if (students.length > MAX_BULK_STUDENTS) {
    problems.push({
      line: last + 1,
      message: `makes more than ${MAX_BULK_STUDENTS} students: add them in parts`,
    });
  }
  return { students, problems };
}

/**
 * The readable start of a generated username: the first name and the last name's initial, lowercase, accents
 * dropped ("Zoë O'Brien" → "zoeo"); digits are added for uniqueness by the caller. Names with no Latin letters
 * start with "student".
 */
export function usernameBase(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z0-9]/g, ""))
    .filter((w) => w !== "");
  if (words.length === 0) return "student";
  const first = words[0]!.slice(0, 20);
  const initial = words.length > 1 ? words.at(-1)![0]! : "";
  const base = `${first}${initial}`;
  return /^[a-z]/.test(base) ? base : `s${base}`;
}

/** The first number of `digits` digits not yet taken, from a random start, or null when all are. */
export function freeNumber(taken: Set<number>, digits: number, random: (n: number) => number): number | null {
  const low = 10 ** (digits - 1);
  const count = 9 * low;
  const start = random(count);
  for (let k = 0; k < count; k++) {
    const n = low + ((start + k) % count);
    if (!taken.has(n)) return n;
  }
  return null;
}
