import { FrequencyType } from "@momentum/db";
import { z } from "zod";
import { parseInput } from "../errors/zod-fields";
import { weekdayNames } from "../time/calendar-day";

// One zod schema per frequency type for `habits.frequency_config`. Unknown keys are refused, so a
// typo ("time" for "times") is an error rather than a silently daily habit.

/** Measurable habits: a day counts as done when the logged value reaches the target. */
const measurable = {
  target: z.number().positive("must be greater than 0").max(1_000_000).optional(),
  unit: z.string().trim().min(1, "must not be empty").max(30, "must be at most 30 characters").optional(),
};

const uniqueSorted = <T extends string | number>(values: T[]): T[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export const frequencyConfigSchemas = {
  [FrequencyType.Daily]: z.strictObject({ ...measurable }),
  [FrequencyType.Weekly]: z.strictObject({
    days: z.array(z.enum(weekdayNames)).min(1, "needs at least one weekday").transform(uniqueSorted),
    ...measurable,
  }),
  [FrequencyType.TimesPerWeek]: z.strictObject({ times: z.int().min(1).max(7), ...measurable }),
  [FrequencyType.TimesPerMonth]: z.strictObject({ times: z.int().min(1).max(31), ...measurable }),
  [FrequencyType.EveryNDays]: z.strictObject({ n: z.int().min(1).max(365), ...measurable }),
  [FrequencyType.Monthly]: z.strictObject({
    days: z
      .array(z.int().min(1).max(31))
      .min(1, "needs at least one day of the month")
      .transform(uniqueSorted),
    ...measurable,
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
