import { z } from "zod";
import { storableText } from "../text-schema";

export const createClassSchema = z.object({
  name: storableText().trim().min(1, "Enter a class name").max(80, "Use at most 80 characters"),
});

export const idSchema = storableText()
  .trim()
  .min(1)
  .max(64)
  // cuids from Prisma, UUIDs from raw inserts, and the readable ids of seeded data (dc_1) all pass.
  .regex(/^[\w-]+$/, "Not a valid id");
