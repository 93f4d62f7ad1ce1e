import { z } from "zod";
import { timeZoneSchema } from "../time/time-zone";
import { fullNameSchema, usernameSchema } from "./account-input.schema";

const httpsUrl = z
  .string()
  .trim()
  .max(255, "must be at most 255 characters")
  .pipe(z.url({ protocol: /^https$/, message: "must be an https:// URL" }));

/** Every field optional: what is sent changes, null clears the optional ones. */
export const updateProfileInputSchema = z.strictObject({
  fullName: fullNameSchema.optional(),
  username: usernameSchema.optional(),
  bio: z.string().max(1000, "must be at most 1000 characters").nullish(),
  avatarUrl: httpsUrl.nullish(),
  coverPhotoUrl: httpsUrl.nullish(),
  timezone: timeZoneSchema.optional(),
});
export type UpdateProfileInput = z.input<typeof updateProfileInputSchema>;
