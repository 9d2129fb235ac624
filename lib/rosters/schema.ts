import { z } from "zod";
import { storableText } from "../text-schema";
import { MAX_ROSTER_UPLOAD_BYTES } from "./oneroster-upload";

const TOO_LARGE = `A roster upload may be at most ${MAX_ROSTER_UPLOAD_BYTES / 1024 / 1024} MB.`;

/** What the import page sends: the chosen files as base64 (a zip, or the CSV files), and whether to write. */
export const rosterUploadSchema = z.object({
  files: z
    .array(
      z.object({
        name: storableText().min(1).max(255),
        // Base64 carries 3 bytes in 4 characters.
        data: z.base64().max(Math.ceil(MAX_ROSTER_UPLOAD_BYTES / 3) * 4 + 4, TOO_LARGE),
      }),
    )
    .min(1, "Choose the roster's zip file or its CSV files.")
    .max(10, "Upload a zip file, or at most the four CSV files Lectern reads."),
  apply: z.boolean().default(false),
});
