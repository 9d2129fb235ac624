/**
 * A reader's display and read-aloud settings (issue 20), pure: the choices offered, and how a student's own
 * choices and their teacher's class default make the settings a passage opens with. Shared by the server (which
 * renders the passage already adjusted, so nothing flashes) and the browser (the controls).
 */

export const TEXT_SIZES = [100, 115, 130, 150, 175, 200] as const;
export const LINE_SPACINGS = [15, 18, 21, 25] as const;
export const SPEECH_RATES = [50, 75, 100, 125, 150, 200] as const;
export const READING_FONTS = ["standard", "dyslexic"] as const;
/** "system" follows the device's colour scheme and contrast setting; it is stored as no choice. */
export const READING_THEMES = ["system", "light", "dark", "high_contrast"] as const;

export type ReadingFontChoice = (typeof READING_FONTS)[number];
export type ReadingThemeChoice = (typeof READING_THEMES)[number];

export type ReadingSettings = {
  textSize: number;
  lineSpacing: number;
  font: ReadingFontChoice;
  lineFocus: boolean;
  theme: ReadingThemeChoice;
  /** The read-aloud controls open with the passage. */
  readAloud: boolean;
  speechRate: number;
  voiceName: string | null;
};

/** What the student chose; null where they have not (or went back to the default). */
export type StoredPreferences = {
  textSize: number | null;
  lineSpacing: number | null;
  font: "standard" | "dyslexic" | null;
  lineFocus: boolean | null;
  theme: "light" | "dark" | "high_contrast" | null;
  readAloud: boolean | null;
  speechRate: number | null;
  voiceName: string | null;
};

/** A teacher's starting point for one student of a class. */
export type ClassReadingDefaults = { readAloud: boolean; dyslexicFont: boolean };

export const NO_PREFERENCES: StoredPreferences = {
  textSize: null,
  lineSpacing: null,
  font: null,
  lineFocus: null,
  theme: null,
  readAloud: null,
  speechRate: null,
  voiceName: null,
};

export const APP_DEFAULTS: ReadingSettings = {
  textSize: 100,
  lineSpacing: 18,
  font: "standard",
  lineFocus: false,
  theme: "system",
  readAloud: false,
  speechRate: 100,
  voiceName: null,
};

/**
 * The settings a passage opens with: each of the student's own choices where they made one, else their teacher's
 * default for the class (read aloud, the reading font), else the app's.
 */
export function effectiveReading(
  own: StoredPreferences,
  classDefaults: ClassReadingDefaults | null,
): ReadingSettings {
  return {
    textSize: own.textSize ?? APP_DEFAULTS.textSize,
    lineSpacing: own.lineSpacing ?? APP_DEFAULTS.lineSpacing,
    font: own.font ?? (classDefaults?.dyslexicFont ? "dyslexic" : APP_DEFAULTS.font),
    lineFocus: own.lineFocus ?? APP_DEFAULTS.lineFocus,
    theme: own.theme ?? APP_DEFAULTS.theme,
    readAloud: own.readAloud ?? classDefaults?.readAloud ?? APP_DEFAULTS.readAloud,
    speechRate: own.speechRate ?? APP_DEFAULTS.speechRate,
    voiceName: own.voiceName,
  };
}
