import { z } from "zod";
import { storableText } from "../text-schema";

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters")
  .max(200, "Use at most 200 characters");

export const displayNameSchema = storableText()
  .trim()
  .min(1, "Enter a name")
  .max(80, "Use at most 80 characters");

export const usernameSchema = storableText()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(32, "Use at most 32 characters")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "Use letters, digits, dots, dashes or underscores");

export const joinCodeSchema = storableText()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6}$/, "A class code is 6 letters and digits");

export const teacherSignUpSchema = z.object({
  displayName: displayNameSchema,
  email: storableText()
    .trim()
    .toLowerCase()
    .max(254, "Use at most 254 characters")
    .pipe(z.email("Enter a valid email address")),
  password: passwordSchema,
});
export type TeacherSignUpInput = z.infer<typeof teacherSignUpSchema>;

export const studentJoinSchema = z.object({
  joinCode: joinCodeSchema,
  displayName: displayNameSchema,
  username: usernameSchema,
  password: passwordSchema,
});
export type StudentJoinInput = z.infer<typeof studentJoinSchema>;

export const joinClassSchema = z.object({ joinCode: joinCodeSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(200),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((d) => d.newPassword === d.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords do not match",
  });
