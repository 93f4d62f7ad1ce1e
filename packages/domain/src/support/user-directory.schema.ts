import { z } from "zod";
import { parseDayNumber } from "../time/calendar-day";
import { calendarDateSchema } from "../time/calendar-date.schema";

/** Active may sign in; suspended by staff may not; deleted is gone, only its id and dates are kept. */
export const userAccountStateSchema = z.enum(["active", "suspended", "deleted"]);
export type UserAccountState = z.infer<typeof userAccountStateSchema>;

export const searchUsersInputSchema = z
  .object({
    /** Any part of the e-mail, username or name (case-insensitive), or a whole user id. */
    query: z.string().trim().max(100, "must be at most 100 characters").optional(),
    /** Every state but deleted when absent. */
    state: userAccountStateSchema.optional(),
    /** Signed up on or after this UTC day. */
    signedUpFrom: calendarDateSchema.optional(),
    /** Signed up on or before this UTC day. */
    signedUpTo: calendarDateSchema.optional(),
    limit: z.number().int().min(1).max(100).default(25),
    /** From the previous page's `nextCursor`; absent for the newest accounts. */
    cursor: z.string().max(200).nullish(),
  })
  .superRefine(({ signedUpFrom, signedUpTo }, context) => {
    if (!signedUpFrom || !signedUpTo) return;
    if (parseDayNumber(signedUpTo)! < parseDayNumber(signedUpFrom)!) {
      context.addIssue({ code: "custom", path: ["signedUpTo"], message: "must not be before signedUpFrom" });
    }
  });
export type SearchUsersInput = z.input<typeof searchUsersInputSchema>;

/** One user's account, for staff: who they are, not what they own. */
export const userAccountRefSchema = z.object({ userId: z.uuid({ message: "must be a user id" }) });

/** A staff action on a user's account: the staff member says why, for the audit log. */
export const userAccountActionSchema = userAccountRefSchema.extend({
  reason: z.string().trim().min(3, "must say why (at least 3 characters)").max(500),
});
export type UserAccountActionInput = z.input<typeof userAccountActionSchema>;
export type UserAccountAction = z.infer<typeof userAccountActionSchema>;
