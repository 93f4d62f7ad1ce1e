import { z } from "zod";
import { invalidInput } from "../errors/domain-error";

// What task and habit reminder lists share as input: a list that replaces the stored one, with a limit,
// no reminder twice, and the older single `reminderTime` field standing for a one-item list.

/** A list of at most `max` reminders of a `noun`, none set the same way (`same`) as one before it. */
export function reminderListSchema<Item extends z.ZodType>(
  item: Item,
  { max, noun, same }: { max: number; noun: string; same: (a: z.output<Item>, b: z.output<Item>) => boolean },
) {
  return z
    .array(item)
    .max(max, `at most ${max} reminders per ${noun}`)
    .superRefine((reminders, context) => {
      reminders.forEach((reminder, index) => {
        if (reminders.findIndex((other) => same(other, reminder)) < index)
          context.addIssue({
            code: "custom",
            path: [index],
            message: "the same reminder is already in the list",
          });
      });
    });
}

/**
 * The list an input asks for: `reminders` as given (null: none), or `reminderTime` as the one-item list
 * `single` makes of it (null: none); undefined when the input leaves the reminders alone. Both is refused.
 */
export function requestedReminderList<Setting, Single>(
  input: { reminders?: Setting[] | null; reminderTime?: Single | null },
  single: (reminderTime: Single) => Setting,
): Setting[] | undefined {
  if (input.reminders !== undefined && input.reminderTime !== undefined)
    throw invalidInput([
      { field: "input.reminderTime", message: "give reminders or reminderTime, not both" },
    ]);
  if (input.reminders !== undefined) return input.reminders ?? [];
  if (input.reminderTime !== undefined) return input.reminderTime ? [single(input.reminderTime)] : [];
  return undefined;
}
