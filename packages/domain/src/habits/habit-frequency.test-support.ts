import { FrequencyType } from "@momentum/db";
import fc from "fast-check";
import { weekdayNames } from "../time/calendar-day";
import { type HabitFrequency, parseFrequency } from "./habit-frequency.schema";

/** Any valid frequency of every type, measurable (with a target) or not. */
export const frequencyArbitrary: fc.Arbitrary<HabitFrequency> = fc
  .oneof(
    fc.record({ type: fc.constant(FrequencyType.Daily), config: fc.constant({}) }),
    fc.record({
      type: fc.constant(FrequencyType.Weekly),
      config: fc.record({ days: fc.uniqueArray(fc.constantFrom(...weekdayNames), { minLength: 1 }) }),
    }),
    fc.record({
      type: fc.constant(FrequencyType.TimesPerWeek),
      config: fc.record({ times: fc.integer({ min: 1, max: 7 }) }),
    }),
    fc.record({
      type: fc.constant(FrequencyType.TimesPerMonth),
      config: fc.record({ times: fc.integer({ min: 1, max: 31 }) }),
    }),
    fc.record({
      type: fc.constant(FrequencyType.EveryNDays),
      config: fc.record({ n: fc.integer({ min: 1, max: 10 }) }),
    }),
    fc.record({
      type: fc.constant(FrequencyType.Monthly),
      config: fc.record({
        days: fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 4 }),
      }),
    }),
  )
  .chain((frequency) =>
    fc
      .option(fc.integer({ min: 1, max: 5 }), { nil: undefined })
      .map((target) =>
        parseFrequency(
          frequency.type,
          target === undefined ? frequency.config : { ...frequency.config, target },
          "config",
        ),
      ),
  );
