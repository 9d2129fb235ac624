import { describe, expect, it } from "vitest";
import { APP_DEFAULTS, effectiveReading, NO_PREFERENCES } from "../../lib/reading/preferences-rules";
import { readingPreferencesPatchSchema } from "../../lib/reading/preferences-schema";

describe("effectiveReading", () => {
  it("is the app's defaults for a student with no choices and no class defaults", () => {
    expect(effectiveReading(NO_PREFERENCES, null)).toEqual(APP_DEFAULTS);
  });

  it("starts from the teacher's defaults: read aloud on and the reading font", () => {
    expect(effectiveReading(NO_PREFERENCES, { readAloud: true, dyslexicFont: true })).toMatchObject({
      readAloud: true,
      font: "dyslexic",
    });
    expect(effectiveReading(NO_PREFERENCES, { readAloud: false, dyslexicFont: false })).toEqual(APP_DEFAULTS);
  });

  it("lets each of the student's own choices win, and only those", () => {
    const own = { ...NO_PREFERENCES, font: "standard" as const, readAloud: false, textSize: 150 };
    expect(effectiveReading(own, { readAloud: true, dyslexicFont: true })).toEqual({
      ...APP_DEFAULTS,
      font: "standard",
      readAloud: false,
      textSize: 150,
    });
    expect(effectiveReading({ ...NO_PREFERENCES, theme: "dark" }, null).theme).toBe("dark");
  });
});

describe("readingPreferencesPatchSchema", () => {
  it("takes the offered values, one or several", () => {
    expect(readingPreferencesPatchSchema.parse({ textSize: 175, theme: "high_contrast" })).toEqual({
      textSize: 175,
      theme: "high_contrast",
    });
    expect(readingPreferencesPatchSchema.parse({ voiceName: null })).toEqual({ voiceName: null });
  });

  it("refuses values not offered, wrong types and an empty change", () => {
    for (const bad of [
      { textSize: 101 },
      { lineSpacing: "18" },
      { theme: "sepia" },
      { lineFocus: "on" },
      {},
    ]) {
      expect(readingPreferencesPatchSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
