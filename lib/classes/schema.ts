import { z } from "zod";

export const createClassSchema = z.object({
  name: z.string().trim().min(1, "Enter a class name").max(80, "Use at most 80 characters"),
});

export const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  // cuids from Prisma, UUIDs from raw inserts, and the readable ids of seeded data (dc_1) all pass.
  .regex(/^[\w-]+$/, "Not a valid id");
