import type { HighlightColor } from "@/lib/reading/passage-marks";

/** Each colour's name (always shown beside it, so no choice rests on colour alone) and its tint. */
export const COLOR_NAME: Record<HighlightColor, string> = {
  yellow: "Yellow",
  green: "Green",
  blue: "Blue",
  pink: "Pink",
};

/** Light tints that keep the passage's dark text above 4.5:1 contrast. */
export const COLOR_CLASS: Record<HighlightColor, string> = {
  yellow: "bg-yellow-200",
  green: "bg-green-200",
  blue: "bg-sky-200",
  pink: "bg-pink-200",
};
