export type Role = "TEACHER" | "STUDENT";

/** Who is asking: every lib/ read and write takes one and scopes its query by it. */
export type Viewer = { id: string; role: Role; displayName: string };
