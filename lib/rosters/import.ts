import "server-only";
import { requireAdmin } from "../admin/admin-rights";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { isUniqueViolation } from "../prisma-errors";
import { diffRoster, summarize, type RosterSummary } from "./oneroster-diff";
import { planRosterImport, type Refusal } from "./oneroster-plan";
import { readRosterUpload } from "./oneroster-upload";
import { secretsFor, writeRosterChanges, type RosterCard } from "./roster-apply";
import { readRosterState } from "./roster-state";
import { rosterUploadSchema } from "./schema";

export type RosterImportResult =
  | { ok: false; errors: string[] }
  | { ok: true; applied: boolean; summary: RosterSummary; refused: Refusal[]; cards: RosterCard[] };

// One import at a time: a second one waits, then finds the first one's work done and changes nothing.
const IMPORT_LOCK = 21_0001;

/**
 * Imports a OneRoster export (file name to text): without `apply`, says what it would do and writes nothing;
 * with it, does that in one transaction and returns the new accounts' one-time passwords, shown only then.
 * `actorId` is the administrator the roster log names; the command line passes none (the class's owner then).
 */
export async function importRoster(
  files: Record<string, string>,
  { apply, actorId }: { apply: boolean; actorId: string | null },
): Promise<RosterImportResult> {
  const plan = planRosterImport(files);
  if (!plan.ok) return { ok: false, errors: plan.errors };
  const planned = diffRoster(plan, await readRosterState(db, plan));
  if (!apply)
    return { ok: true, applied: false, summary: summarize(planned), refused: planned.refused, cards: [] };
  const secrets = await secretsFor(planned);
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
        const changes = diffRoster(plan, await readRosterState(tx, plan));
        const cards = await writeRosterChanges(tx, changes, await secretsFor(changes, secrets), actorId);
        return {
          ok: true as const,
          applied: true,
          summary: summarize(changes),
          refused: changes.refused,
          cards,
        };
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    // A teacher signing up or a student added meanwhile took a login or username the import was giving.
    if (isUniqueViolation(error))
      throw new AppError(
        "conflict",
        "An account changed while the roster was imported: nothing was written. Try again.",
      );
    throw error;
  }
}

/** The import page's upload: administrators only, checked before the upload is read. */
export async function importRosterUpload(viewer: Viewer | null, input: unknown): Promise<RosterImportResult> {
  const admin = await requireAdmin(viewer);
  const { files, apply } = parseInput(rosterUploadSchema, input);
  const read = readRosterUpload(files.map((f) => ({ name: f.name, bytes: Buffer.from(f.data, "base64") })));
  if (!read.ok) return { ok: false, errors: read.errors };
  return importRoster(read.files, { apply, actorId: admin.id });
}
