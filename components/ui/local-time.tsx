"use client";

// dateStyle and timeStyle cannot name the zone, so the same fields are spelled out with it ("Jun 1, 2035, 3:30 PM EDT").
const FORMAT = new Intl.DateTimeFormat(undefined, {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
});

/**
 * A moment shown in the reader's own time zone, named, so a class across zones (or a laptop set to another) reads
 * it right; the server's rendering may differ, so hydration may correct it.
 */
export function LocalTime({ date }: { date: Date | string }) {
  const d = typeof date === "string" ? new Date(date) : date;
  return (
    <time dateTime={d.toISOString()} suppressHydrationWarning>
      {FORMAT.format(d)}
    </time>
  );
}
