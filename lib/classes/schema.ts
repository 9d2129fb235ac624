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

export const classNameSchema = createClassSchema.shape.name;

export const renameClassSchema = z.object({ name: classNameSchema });

export const studentRefSchema = z.object({ studentId: idSchema });

export const moveStudentSchema = z.object({
  studentId: idSchema,
  toClassId: z.string().trim().min(1, "Choose the class to move them to").pipe(idSchema),
});

export const deleteClassSchema = z.object({
  confirmName: z.string().max(200),
});

export const coTeacherEmailSchema = z.object({
  email: storableText()
    .trim()
    .toLowerCase()
    .max(254, "Use at most 254 characters")
    .pipe(z.email("Enter the teacher's email address")),
});

export const coTeacherRefSchema = z.object({ teacherId: idSchema });

/** The pasted list of a bulk add: checked line by line in bulk-roster.ts. */
export const bulkAddSchema = z.object({
  names: storableText().max(40_000, "Paste at most 200 names at a time"),
});
