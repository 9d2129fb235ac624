// A middle-school silent reading pace; teachers read the estimate as "about how long", not a limit.
const WORDS_PER_MINUTE = 180;

export function readingMinutes(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
