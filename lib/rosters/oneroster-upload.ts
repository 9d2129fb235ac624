import { unzipSync } from "fflate";
import { ONEROSTER_FILES } from "./oneroster-plan";

/** An upload (a zip, or the CSV files) may be 10 MB; a zip's CSV files 50 MB once unpacked. */
export const MAX_ROSTER_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_ROSTER_UNZIPPED_BYTES = 50 * 1024 * 1024;

export type UploadedFile = { name: string; bytes: Uint8Array };
export type RosterFiles = { ok: true; files: Record<string, string> } | { ok: false; errors: string[] };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const baseName = (name: string) => name.split(/[\\/]/).pop()!.toLowerCase();
const isZip = (f: UploadedFile) =>
  f.bytes[0] === 0x50 && f.bytes[1] === 0x4b && f.bytes[2] === 0x03 && f.bytes[3] === 0x04;

/** A CSV file's text, UTF-8 with or without a byte-order mark, or why it cannot be read. */
function csvText(name: string, bytes: Uint8Array): string | { error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { error: `${name} is UTF-16 text: export it as UTF-8.` };
  if (bytes.includes(0)) return { error: `${name} holds binary data, not CSV text.` };
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      error: `${name} is not UTF-8 text (another encoding, such as Windows-1252?): export it as UTF-8.`,
    };
  }
}

/** The OneRoster files a zip holds, at its top or in one folder; other files (orgs.csv, manifest.csv…) are skipped. */
function unzip(file: UploadedFile): { entries: Record<string, Uint8Array> } | { error: string } {
  let total = 0;
  try {
    const entries = unzipSync(file.bytes, {
      filter: (entry) => {
        if (!(ONEROSTER_FILES as readonly string[]).includes(baseName(entry.name))) return false;
        total += entry.originalSize;
        // Checked before inflating: a small zip may unpack to gigabytes.
        if (total > MAX_ROSTER_UNZIPPED_BYTES) throw new RangeError("too large");
        return true;
      },
    });
    return {
      entries: Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [baseName(name), bytes])),
    };
  } catch (error) {
    return error instanceof RangeError && error.message === "too large"
      ? { error: `${file.name} unpacks to over ${mb(MAX_ROSTER_UNZIPPED_BYTES)} of CSV files.` }
      : { error: `${file.name} is not a zip file Lectern can read (it may be damaged or encrypted).` };
  }
}

/**
 * The text of each OneRoster file uploaded, by lower-case name: a zip (the export as the school's system makes
 * it) or the CSV files themselves. Refused whole, with every reason: over 10 MB, a file that is neither a zip nor
 * a known CSV file, binary data, UTF-16 or another encoding than UTF-8.
 */
export function readRosterUpload(uploaded: UploadedFile[]): RosterFiles {
  const size = uploaded.reduce((sum, f) => sum + f.bytes.length, 0);
  if (size > MAX_ROSTER_UPLOAD_BYTES)
    return {
      ok: false,
      errors: [`The upload is ${mb(size)}; a roster upload may be at most ${mb(MAX_ROSTER_UPLOAD_BYTES)}.`],
    };
  if (uploaded.length === 0) return { ok: false, errors: ["Choose the roster's zip file or its CSV files."] };
  const errors: string[] = [];
  const raw: Record<string, Uint8Array> = {};
  for (const file of uploaded) {
    if (isZip(file)) {
      const unzipped = unzip(file);
      if ("error" in unzipped) errors.push(unzipped.error);
      else Object.assign(raw, unzipped.entries);
    } else if (/\.zip$/i.test(file.name)) errors.push(`${file.name} is not a zip file.`);
    else if ((ONEROSTER_FILES as readonly string[]).includes(baseName(file.name)))
      raw[baseName(file.name)] = file.bytes;
    else
      errors.push(
        `${file.name} is not a OneRoster file Lectern reads (${ONEROSTER_FILES.join(", ")}, or a zip of them).`,
      );
  }
  const files: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(raw)) {
    const text = csvText(name, bytes);
    if (typeof text === "string") files[name] = text;
    else errors.push(text.error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files };
}
