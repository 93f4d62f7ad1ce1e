import { registerEnumType } from "type-graphql";

/** What a recurring task's next occurrence counts from: its due date, or when it was completed. */
export const RecurrenceAnchorEnum = { DUE: "DUE", COMPLETION: "COMPLETION" } as const;
export type RecurrenceAnchor = keyof typeof RecurrenceAnchorEnum;
registerEnumType(RecurrenceAnchorEnum, {
  name: "RecurrenceAnchor",
  description: "DUE: from the due date (missed ones skipped); COMPLETION: from the completion instant",
});
