// Spelled out from the Date's fields rather than with Intl.DateTimeFormat: building one formatter costs Chromium
// 40-65 ms on a fresh page (its locale and zone data load), four times that on Lighthouse's throttled phone, and
// it blocked the main thread of every page showing a time (issue 19). The app's text is English.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The moment's fields as a clock `offsetMinutes` east of UTC shows them. */
function fieldsAt(date: Date, offsetMinutes: number) {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: MONTHS[shifted.getUTCMonth()]!,
    day: shifted.getUTCDate(),
    hours: shifted.getUTCHours(),
    minutes: shifted.getUTCMinutes(),
  };
}

/** The zone as en-US names one it has no abbreviation for: "UTC", "GMT+1", "GMT-5", "GMT+5:30". */
export function zoneLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes > 0 ? "+" : "-";
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `GMT${sign}${hours}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`;
}

/** "Dec 7" */
export function formatDay(date: Date, offsetMinutes: number): string {
  const { month, day } = fieldsAt(date, offsetMinutes);
  return `${month} ${day}`;
}

/** "Dec 7, 2026, 1:05 PM GMT+1" */
export function formatMoment(date: Date, offsetMinutes: number): string {
  const { year, month, day, hours, minutes } = fieldsAt(date, offsetMinutes);
  const clock = `${hours % 12 || 12}:${String(minutes).padStart(2, "0")} ${hours < 12 ? "AM" : "PM"}`;
  return `${month} ${day}, ${year}, ${clock} ${zoneLabel(offsetMinutes)}`;
}
