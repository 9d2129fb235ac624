import type { Role } from "../generated/prisma/enums";

/** The database enum "Role", spelled alike ("teacher"); session-claims.ts also reads tokens issued as "TEACHER". */
export type { Role };

/** Who is asking: every lib/ read and write takes one and scopes its query by it. */
export type Viewer = { id: string; role: Role; displayName: string };

/**
 * A session token's claims, not yet checked against the database. Only the hot autosave and submit paths
 * accept one, and they check the session version inside their own SQL statement instead of in a separate
 * query first.
 */
export type ClaimedViewer = { kind: "claim"; id: string; role: Role; sessionVersion: number };
