import "server-only";
import { cache } from "react";
import { ADMIN_COLUMNS, isActiveAdmin } from "../admin/admin-rights";
import type { Viewer } from "../auth/viewer-types";
import { pagesDb } from "../sql";

/**
 * What the teacher and student areas' frame must know of the viewer's account before any page: whether they signed
 * in with a one-time password (a login card, a teacher's reset code, a roster import) and must choose their own
 * before anything else, and whether they administer the school. One plain statement, read once per request: every
 * signed-in page pays for it.
 */
export const areaAccount = cache(async (viewer: Viewer) => {
  const user = await pagesDb
    .selectFrom("User")
    .select([...ADMIN_COLUMNS, "mustChangePassword"])
    .where("id", "=", viewer.id)
    .executeTakeFirst();
  return {
    mustChooseOwnPassword: user?.mustChangePassword ?? false,
    admin: user !== undefined && isActiveAdmin(user),
  };
});
