import { DevicePlatform } from "@momentum/db";
import { z } from "zod";

export const registerDeviceInputSchema = z.object({
  /** FCM registration tokens are ~160 characters; APNs tokens 64 hex digits. */
  token: z.string().trim().min(16, "must be a push registration token").max(4096),
  platform: z.enum(DevicePlatform),
});
export type RegisterDeviceInput = z.input<typeof registerDeviceInputSchema>;
