import { FrequencyType, HabitTargetType } from "@momentum/db";
import fc from "fast-check";
import { weekdayNames } from "../time/calendar-day";
import { type HabitFrequency } from "./habit-frequency.schema";
import { type HabitTarget } from "./habit-target";

/** Any valid frequency of every type. */
export const frequencyArbitrary: fc.Arbitrary<HabitFrequency> = fc.oneof(
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
);

/** A numeric habit's target (small, so random values of 0..6 land on both sides) or none. */
export const targetArbitrary: fc.Arbitrary<HabitTarget | null> = fc.option(
  fc.record({
    value: fc.integer({ min: 1, max: 5 }),
    type: fc.constantFrom(HabitTargetType.AtLeast, HabitTargetType.AtMost),
  }),
  { nil: null },
);
