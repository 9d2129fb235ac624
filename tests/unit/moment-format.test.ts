import { describe, expect, it } from "vitest";
import { formatDay, formatMoment, zoneLabel } from "../../components/ui/moment-format";

describe("a moment as the reader's clock shows it", () => {
  const moment = new Date(Date.UTC(2026, 11, 7, 23, 5));

  it("reads UTC when the offset is zero, as the server renders it", () => {
    expect(formatMoment(moment, 0)).toBe("Dec 7, 2026, 11:05 PM UTC");
  });

  it("moves the date and the clock with the offset, and names the zone", () => {
    expect(formatMoment(moment, 60)).toBe("Dec 8, 2026, 12:05 AM GMT+1");
    expect(formatMoment(moment, -300)).toBe("Dec 7, 2026, 6:05 PM GMT-5");
    expect(formatMoment(moment, 330)).toBe("Dec 8, 2026, 4:35 AM GMT+5:30");
    expect(formatDay(moment, 60)).toBe("Dec 8");
  });

  it("writes noon and midnight on a 12-hour clock", () => {
    expect(formatMoment(new Date(Date.UTC(2026, 0, 1, 12, 0)), 0)).toBe("Jan 1, 2026, 12:00 PM UTC");
    expect(formatMoment(new Date(Date.UTC(2026, 0, 1, 0, 9)), 0)).toBe("Jan 1, 2026, 12:09 AM UTC");
  });

  it("names an offset with minutes or a negative one", () => {
    expect(zoneLabel(-570)).toBe("GMT-9:30");
    expect(zoneLabel(600)).toBe("GMT+10");
  });
});
