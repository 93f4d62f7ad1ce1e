import { z } from "zod";
import { passwordSchema } from "../identity/password";
import { createStaffAccountInputSchema, staffRoleSchema } from "./staff-account.schema";

/** An admin adds a colleague; without a password one is generated and shown to the admin once. */
export const addStaffMemberInputSchema = createStaffAccountInputSchema.extend({
  password: passwordSchema.optional(),
});
export type AddStaffMemberInput = z.input<typeof addStaffMemberInputSchema>;

const staffUserIdSchema = z.uuid({ message: "must be a staff account id" });

export const changeStaffRoleInputSchema = z.object({
  staffUserId: staffUserIdSchema,
  role: staffRoleSchema,
});
export type ChangeStaffRoleInput = z.input<typeof changeStaffRoleInputSchema>;

/** Deactivating or reactivating names only the account. */
export const staffAccountRefSchema = z.object({ staffUserId: staffUserIdSchema });
export type StaffAccountRef = z.input<typeof staffAccountRefSchema>;
