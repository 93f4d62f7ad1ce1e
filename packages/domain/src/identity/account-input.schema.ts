import { z } from "zod";
import { timeZoneSchema } from "../time/time-zone";
import { passwordSchema } from "./password";

export const emailSchema = z
  .string()
  .trim()
  .max(255, "must be at most 255 characters")
  .pipe(z.email({ message: "must be a valid e-mail address" }))
  .transform((email) => email.toLowerCase());

export const usernameSchema = z
  .string()
  .trim()
  .min(3, "must be at least 3 characters")
  .max(50, "must be at most 50 characters")
  .regex(/^[A-Za-z0-9_.]+$/, "may contain only letters, digits, '_' and '.'");

export const fullNameSchema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(100, "must be at most 100 characters")
  .refine((name) => ![...name].some((character) => character < " " || character === "\u007f"), {
    message: "must not contain control characters",
  });

const deviceIdSchema = z.string().trim().min(1).max(255).nullish();

export const signUpInputSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  fullName: fullNameSchema,
  username: usernameSchema,
  timezone: timeZoneSchema,
  deviceId: deviceIdSchema,
});
export type SignUpInput = z.input<typeof signUpInputSchema>;

export const signInInputSchema = z.object({
  /** E-mail or username, compared case-insensitively. */
  login: z.string().trim().min(1, "is required").max(255),
  password: z.string().min(1, "is required").max(1024),
  deviceId: deviceIdSchema,
});
export type SignInInput = z.input<typeof signInInputSchema>;
