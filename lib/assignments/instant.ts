/** ISO 8601 date and time, as the settings forms send it (toISOString), with an optional zone and seconds. */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

// Years the database and every browser handle the same way; anything outside is a typing slip.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(10_000, 0, 1);

const inRange = (d: Date) => d.getTime() >= EARLIEST && d.getTime() < LATEST;

/**
 * The instant a settings field names, or null when it names none. Stricter than `new Date(text)`, which rolls
 * 31 February over to 3 March and accepts year 0 (which PostgreSQL then refuses): the calendar fields must exist
 * as written, and the year must be 2000-9999.
 */
export function parseInstant(value: unknown): Date | null {
  if (value instanceof Date) return !isNaN(value.getTime()) && inRange(value) ? value : null;
  if (typeof value !== "string") return null;
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((n) => Number(n ?? 0));
  const fields = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const exists =
    fields.getUTCFullYear() === year &&
    fields.getUTCMonth() === month - 1 &&
    fields.getUTCDate() === day &&
    fields.getUTCHours() === hour &&
    fields.getUTCMinutes() === minute &&
    fields.getUTCSeconds() === second;
  if (!exists) return null;
  const instant = new Date(value.trim());
  return inRange(instant) ? instant : null;
}
