import { z } from "zod";

// The account names sign-in accepts (lib/accounts/schema.ts): an email address, or a username.
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const isEmail = (name: string) => z.email().safeParse(name).success;

/**
 * LECTERN_ADMINS: the school administrators' usernames or emails, comma-separated. Compared lowercase, as
 * accounts store them; an entry that is neither refuses the start rather than naming nobody in silence.
 */
export const adminListSchema = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ""),
  )
  .superRefine((names, ctx) => {
    for (const name of names) {
      if (!isEmail(name) && !USERNAME.test(name)) {
        ctx.addIssue({ code: "custom", message: `"${name}" is neither an email address nor a username` });
      }
    }
  });
