// Habit strength in the manner of Loop Habit Tracker's score (uhabits Score.compute): every day the
// score moves towards the day's checkmark value with a multiplier of 0.5^(sqrt(frequency) / 13), where
// frequency is the expected completions per day. We step once per scheduled occasion instead of once
// per day, so an occasion spanning d days uses the daily multiplier to the power d: a daily habit and
// a weekly one lose the same share of strength per week of lapse as they would in Loop.

/** The factor that keeps the previous score when one occasion spanning `daysPerOccasion` passes. */
export function strengthMultiplier(completionsPerDay: number, daysPerOccasion: number): number {
  return 0.5 ** ((Math.sqrt(completionsPerDay) / 13) * daysPerOccasion);
}

/** The score (0..1) after one occasion that was `done` (0..1, partially done periods in between). */
export const nextStrength = (score: number, done: number, multiplier: number): number =>
  score * multiplier + done * (1 - multiplier);

/** 0..100 with one decimal, as shown to users. */
export const strengthPercent = (score: number): number => Math.round(score * 1000) / 10;
