import { StaffRole } from "@momentum/db";
import { z } from "zod";
import { passwordSchema } from "../identity/password";

/** Staff e-mail addresses are stored lowercased, so sign-in and uniqueness ignore case. */
export const staffEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "must be an e-mail address" }).max(255));

/** Accepts any case (`ADMIN` from the command line, `admin` from a form); stores the lowercase enum value. */
export const staffRoleSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(StaffRole, { message: `must be one of ${Object.values(StaffRole).join(", ")}` }));

export const createStaffAccountInputSchema = z.object({
  email: staffEmailSchema,
  fullName: z.string().trim().min(1, "must not be empty").max(100),
  role: staffRoleSchema,
  password: passwordSchema,
});
export type CreateStaffAccountInput = z.input<typeof createStaffAccountInputSchema>;

/** Sign-in checks only the shape: the password policy is for new passwords, not a hint to guessers. */
export const staffSignInInputSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "must not be empty").max(255),
  password: z.string().min(1, "must not be empty").max(200),
});
export type StaffSignInInput = z.input<typeof staffSignInInputSchema>;
