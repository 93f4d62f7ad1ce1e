import { FrequencyType } from "@momentum/db";

export interface LoopFrequency {
  type: FrequencyType;
  config: Record<string, unknown>;
  /** Set when Loop's frequency had no exact equivalent and this one is the nearest. */
  approximated?: string;
}

/**
 * Loop keeps a frequency as "numerator times in denominator days": 1/1 is daily, 1/n every n days,
 * k/7 k times a week, k/30 (or 31) k times a month. Others take the nearest weekly count.
 */
export function loopFrequencyOf(numerator: number, denominator: number): LoopFrequency | null {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 1 || denominator < 1)
    return null;
  if (numerator >= denominator) return { type: FrequencyType.Daily, config: {} };
  if (numerator === 1 && denominator <= 365)
    return { type: FrequencyType.EveryNDays, config: { n: denominator } };
  if (denominator === 7) return { type: FrequencyType.TimesPerWeek, config: { times: numerator } };
  if (denominator === 30 || denominator === 31)
    return { type: FrequencyType.TimesPerMonth, config: { times: numerator } };
  const times = Math.min(7, Math.max(1, Math.round((numerator * 7) / denominator)));
  return {
    type: FrequencyType.TimesPerWeek,
    config: { times },
    approximated: `${numerator} times in ${denominator} days imported as ${times} times a week`,
  };
}
