/** A teacher's account as the administration page lists it (no server imports: the page's client reads it). */
export type AdminTeacher = {
  id: string;
  displayName: string;
  email: string;
  createdAt: Date;
  approved: boolean;
  disabled: boolean;
  /** Administrators are managed by whoever runs Lectern (LECTERN_ADMINS, make-admin), not on the page. */
  admin: boolean;
};

/** Waiting for approval: signed up, not approved, not disabled (disabling is how a sign-up is turned down). */
export const isPending = (t: AdminTeacher) => !t.approved && !t.disabled;
