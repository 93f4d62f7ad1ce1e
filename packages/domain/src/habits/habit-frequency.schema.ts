import { FrequencyType } from "@momentum/db";
import { z } from "zod";
import { parseInput } from "../errors/zod-fields";
import { weekdayNames } from "../time/calendar-day";

// One zod schema per frequency type for `habits.frequency_config`. Unknown keys are refused, so a
// typo ("time" for "times") is an error rather than a silently daily habit.

// A numeric habit's target and unit are the habit's own fields (targetValue, unit, targetType; see
// habit-target.ts), no longer keys of the config: `target` and `unit` here are refused as unknown.

const uniqueSorted = <T extends string | number>(values: T[]): T[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export const frequencyConfigSchemas = {
  [FrequencyType.Daily]: z.strictObject({}),
  [FrequencyType.Weekly]: z.strictObject({
    days: z.array(z.enum(weekdayNames)).min(1, "needs at least one weekday").transform(uniqueSorted),
  }),
  [FrequencyType.TimesPerWeek]: z.strictObject({ times: z.int().min(1).max(7) }),
  [FrequencyType.TimesPerMonth]: z.strictObject({ times: z.int().min(1).max(31) }),
  [FrequencyType.EveryNDays]: z.strictObject({ n: z.int().min(1).max(365) }),
  [FrequencyType.Monthly]: z.strictObject({
    days: z
      .array(z.int().min(1).max(31))
      .min(1, "needs at least one day of the month")
      .transform(uniqueSorted),
  }),
} satisfies Record<FrequencyType, z.ZodType>;

type ConfigOf<T extends FrequencyType> = z.infer<(typeof frequencyConfigSchemas)[T]>;

/** A habit's schedule: the frequency type with its checked configuration. */
export type HabitFrequency = { [T in FrequencyType]: { type: T; config: ConfigOf<T> } }[FrequencyType];

/** Checks `config` for `type`; throws INVALID_INPUT naming `${field}.<key>` when it does not fit. */
export function parseFrequency(type: FrequencyType, config: unknown, field: string): HabitFrequency {
  const schema = frequencyConfigSchemas[type] as z.ZodType;
  return { type, config: parseInput(schema, config ?? {}, field) } as HabitFrequency;
}
