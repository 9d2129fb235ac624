/** Question files are read whole: a larger one is refused before it is decoded. */
export const MAX_QUESTION_FILE_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * The text of an uploaded question file: UTF-8 (a byte-order mark is dropped), lines ending in LF whatever the
 * file used (CRLF, CR). Refused with a reason: over 5 MB, UTF-16, binary data, bytes that are not UTF-8.
 */
export function decodeQuestionFile(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_QUESTION_FILE_BYTES)
    return {
      ok: false,
      reason: `The file is ${mb(bytes.length)} MB; a question file may be at most ${mb(MAX_QUESTION_FILE_BYTES)} MB.`,
    };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, reason: "The file is UTF-16 text; save it as UTF-8 and upload it again." };
  if (bytes.includes(0)) return { ok: false, reason: "The file holds binary data, not text." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: "The file is not UTF-8 text (another encoding, such as Windows-1252?); save it as UTF-8.",
    };
  }
  // Control characters other than tab and line ends do not occur in a text a person wrote.
  if (/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text))
    return { ok: false, reason: "The file holds binary data (control characters), not text." };
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}
