import { FrequencyType } from "@momentum/db";
import { type DemoDay } from "./demo-day";
import { type SeededRandom } from "./seeded-random";

/** A demo habit's schedule, and on which days of it a diligent user would log it. */
export interface DemoHabitKind {
  frequencyType: FrequencyType;
  frequencyConfig: Record<string, unknown>;
  title: string;
  /** How likely the user logs it on a day they are still around, before their own diligence. */
  chanceOn(day: DemoDay): number;
  /** Due on set days (a streak is a run of them), rather than a number of times per week or month. */
  onSchedule: boolean;
}

const weekdayNames = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;

// Weighted towards the simple schedules, as people choose them; every type appears in a few hundred users.
const frequencyWeights: Record<FrequencyType, number> = {
  [FrequencyType.Daily]: 32,
  [FrequencyType.Weekly]: 20,
  [FrequencyType.TimesPerWeek]: 16,
  [FrequencyType.EveryNDays]: 12,
  [FrequencyType.TimesPerMonth]: 10,
  [FrequencyType.Monthly]: 10,
};

/** Each type has its own typical follow-through, so the completion rate by type is not one flat line. */
const followThrough: Record<FrequencyType, number> = {
  [FrequencyType.Daily]: 0.7,
  [FrequencyType.Weekly]: 0.85,
  [FrequencyType.TimesPerWeek]: 0.8,
  [FrequencyType.EveryNDays]: 0.75,
  [FrequencyType.TimesPerMonth]: 0.9,
  [FrequencyType.Monthly]: 0.95,
};

/** A habit of a random type with a plausible configuration and title. */
export function pickDemoHabitKind(random: SeededRandom): DemoHabitKind {
  const frequencyType = random.weighted(frequencyWeights);
  const keep = followThrough[frequencyType];
  switch (frequencyType) {
    case FrequencyType.Daily:
      return {
        frequencyType,
        frequencyConfig: {},
        title: random.pick(["Meditate", "Drink 2 litres of water", "Walk 8,000 steps", "Journal", "Stretch"]),
        chanceOn: () => keep,
        onSchedule: true,
      };
    case FrequencyType.Weekly: {
      const days = random.pick([
        ["MON", "WED", "FRI"],
        ["TUE", "THU"],
        ["SAT"],
        ["MON", "TUE", "WED", "THU", "FRI"],
      ]);
      return {
        frequencyType,
        frequencyConfig: { days },
        title: random.pick(["Gym workout", "Language lesson", "Long run", "Practice piano"]),
        chanceOn: (day) => (days.includes(weekdayNames[day.weekday - 1]!) ? keep : 0),
        onSchedule: true,
      };
    }
    case FrequencyType.TimesPerWeek: {
      const times = random.int(2, 4);
      return {
        frequencyType,
        frequencyConfig: { times },
        title: random.pick(["Read 30 minutes", "Cook at home", "Yoga"]),
        chanceOn: () => Math.min(1, (times / 7) * 1.1) * keep,
        onSchedule: false,
      };
    }
    case FrequencyType.EveryNDays: {
      const n = random.int(2, 3);
      return {
        frequencyType,
        frequencyConfig: { n },
        title: random.pick(["Water the plants", "Call a friend", "Tidy the desk"]),
        chanceOn: (day) => (day.index % n === 0 ? keep : 0),
        onSchedule: true,
      };
    }
    case FrequencyType.TimesPerMonth: {
      const times = random.int(4, 10);
      return {
        frequencyType,
        frequencyConfig: { times },
        title: random.pick(["Swim", "Write a blog post", "Visit family"]),
        chanceOn: () => Math.min(1, (times / 30) * 1.1) * keep,
        onSchedule: false,
      };
    }
    case FrequencyType.Monthly: {
      const days = random.pick([[1], [1, 15], [10, 20, 28]]);
      return {
        frequencyType,
        frequencyConfig: { days },
        title: random.pick(["Review the budget", "Back up the laptop", "Plan the month"]),
        chanceOn: (day) => (days.includes(day.dayOfMonth) ? keep : 0),
        onSchedule: true,
      };
    }
  }
}
