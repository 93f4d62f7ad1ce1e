import { z } from "zod";
import { timeZoneSchema } from "../time/time-zone";
import { normaliseRrule, rruleProblem } from "./rrule-text";

/** `{ rrule, timezone, anchor }` as a client sends it; a missing zone means the user's own, a missing anchor DUE. */
export const recurrenceInputSchema = z.object({
  rrule: z
    .string()
    .max(500, "must be at most 500 characters")
    .transform(normaliseRrule)
    .superRefine((rrule, context) => {
      const problem = rruleProblem(rrule);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
  timezone: timeZoneSchema.nullish(),
  anchor: z
    .enum(["DUE", "COMPLETION"])
    .nullish()
    .transform((anchor) => anchor ?? "DUE"),
});
export type RecurrenceInput = z.input<typeof recurrenceInputSchema>;
