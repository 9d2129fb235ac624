"use client";

import { formatDay, formatMoment } from "./moment-format";
import { useZoneOffset } from "./use-zone-offset";

/**
 * A moment shown in the reader's own time zone, named, so a class across zones (or a laptop set to another) reads
 * it right. Hydration renders UTC as the server did, then the reader's zone. A time whose text still differs at
 * hydration keeps the server's until its next render rather than failing the page (React error 418 once in six
 * runs of the live report without suppressHydrationWarning; its cause was not found).
 */
export function LocalTime({ date }: { date: Date | string }) {
  const d = typeof date === "string" ? new Date(date) : date;
  return (
    <time dateTime={d.toISOString()} suppressHydrationWarning>
      {formatMoment(d, useZoneOffset(d))}
    </time>
  );
}

/** The day alone ("Dec 7"), in the reader's zone as LocalTime is. */
export function LocalDay({ date }: { date: Date | string }) {
  const d = typeof date === "string" ? new Date(date) : date;
  return <span suppressHydrationWarning>{formatDay(d, useZoneOffset(d))}</span>;
}
