import { z } from "zod";
import { notClearable } from "../errors/zod-fields";
import { timeZoneSchema } from "../time/time-zone";
import { dayStartSchema } from "../time/user-day";
import { fullNameSchema, usernameSchema } from "./account-input.schema";

const httpsUrl = z
  .string()
  .trim()
  .max(255, "must be at most 255 characters")
  .pipe(z.url({ protocol: /^https$/, message: "must be an https:// URL" }));

/** Every field optional: what is sent changes, null clears the optional ones and is refused for the others. */
export const updateProfileInputSchema = z.strictObject({
  fullName: notClearable(fullNameSchema),
  username: notClearable(usernameSchema),
  bio: z.string().max(1000, "must be at most 1000 characters").nullish(),
  avatarUrl: httpsUrl.nullish(),
  coverPhotoUrl: httpsUrl.nullish(),
  timezone: notClearable(timeZoneSchema),
  dayStartTime: notClearable(dayStartSchema),
});
export type UpdateProfileInput = z.input<typeof updateProfileInputSchema>;
