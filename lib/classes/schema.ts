import { z } from "zod";

export const createClassSchema = z.object({
  name: z.string().trim().min(1, "Enter a class name").max(80, "Use at most 80 characters"),
});

export const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i, "Not a valid id");
