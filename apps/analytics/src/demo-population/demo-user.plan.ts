import { DevicePlatform } from "@momentum/db";
import { DateTime } from "luxon";
import { demoAchievementsOf } from "./demo-achievements";
import { demoDayOf, instantOn, type DemoDay } from "./demo-day";
import { pickDemoHabitKind, type DemoHabitKind } from "./demo-habits.plan";
import {
  demoPopulationEmailDomain,
  type DemoUserPlan,
  type PlannedFocusSession,
  type PlannedHabit,
  type PlannedHabitLog,
  type PlannedTask,
} from "./demo-population";
import { streakExtensionsOf } from "./demo-streaks";
import { planDemoTask, type TaskContext } from "./demo-tasks.plan";
import { seededId, seededRandom, type SeededRandom } from "./seeded-random";

const zones = [
  "Europe/Berlin",
  "Europe/London",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Africa/Lagos",
];
const firstNames = ["Ada", "Ben", "Chloé", "Dmitri", "Emeka", "Fatima", "Grace", "Hiro", "Inés", "Jonas"];
const lastNames = ["Moreno", "Okafor", "Schmidt", "Tanaka", "Walsh", "Silva", "Kowalski", "Patel", "Dubois"];
const skipReasons = ["Travelling", "Sick", "Rest day"];
const focusMinutes = [15, 20, 25, 25, 30, 45, 50, 60, 90, 120];

/** How a user's interest goes: most try it and leave within a week or drift off over weeks; a core stays. */
const engagement = { triedOnce: 30, drifting: 48, loyal: 22 };

interface UserToPlan {
  seed: number;
  index: number;
  now: Date;
  days: number;
}

/** Sign-ups over the whole range, denser towards today (a growing app); never on `now`'s own day. */
function signUpDaysAgo(random: SeededRandom, days: number): number {
  const recentSkew = random.chance(0.5) ? 1 - Math.sqrt(random.next()) : random.next();
  return 1 + Math.min(days - 1, Math.floor(recentSkew * days));
}

/** The last day (counted from sign-up) a user of this engagement is still around. */
function lastDayOf(random: SeededRandom, kind: keyof typeof engagement): number {
  switch (kind) {
    case "triedOnce":
      return random.int(0, 6);
    case "drifting":
      return 7 + Math.floor(-Math.log(1 - random.next()) * 35);
    case "loyal":
      return Infinity;
  }
}

type HabitInPlay = PlannedHabit & { kind: DemoHabitKind; hour: number; keptLastTime: boolean };

/** One demo user's sign-up, habits, and day by day what they did until they left or `now`. */
export function planDemoUser({ seed, index, now, days }: UserToPlan): DemoUserPlan {
  const random = seededRandom(seed, "user", index);
  const userId = seededId(seed, "user", index);
  const idOf = (...parts: (string | number)[]) => seededId(seed, "user", index, ...parts);
  const timezone = random.pick(zones);
  const daysAgo = signUpDaysAgo(random, days);
  const signUpDay = DateTime.fromJSDate(now, { zone: timezone }).startOf("day").minus({ days: daysAgo });
  const kind = random.weighted(engagement);
  const lastDay = Math.min(lastDayOf(random, kind), daysAgo);
  const loyal = kind === "loyal";
  const engagedChance = loyal ? 0.6 + 0.35 * random.next() : 0.35 + 0.4 * random.next();
  const diligence = 0.55 + 0.4 * random.next();
  // The loyal core keeps its scheduled habits going once started, as streaks do: long runs, rare misses.
  const keepingUp = loyal ? 0.92 + 0.06 * random.next() : 0;
  const signUpHour = random.int(7, 20);
  const signedUpAt = instantOn(demoDayOf(signUpDay, 0), signUpHour, random.int(0, 59));
  const context: TaskContext = {
    random,
    userId,
    signUpDay,
    lastDay,
    hourOn: (day, hour) => (day.index === 0 ? Math.max(hour, signUpHour + 1) : hour),
    isPast: (instant) => instant <= now,
    idOf,
  };
  const momentOn = (day: DemoDay, hour: number) => {
    const moment = instantOn(day, context.hourOn(day, hour), random.int(0, 59));
    return context.isPast(moment) ? moment : null;
  };

  const habits: HabitInPlay[] = [];
  const habitCount = Number(random.weighted({ 0: 15, 1: 40, 2: 30, 3: 15 }));
  for (let habitIndex = 0; habitIndex < habitCount; habitIndex++) {
    const habitKind = pickDemoHabitKind(random);
    habits.push({
      id: idOf("habit", habitIndex),
      userId,
      title: habitKind.title,
      frequencyType: habitKind.frequencyType,
      frequencyConfig: habitKind.frequencyConfig,
      startDate: signUpDay.toISODate()!,
      createdAt: new Date(signedUpAt.getTime() + (habitIndex + 1) * 60_000),
      kind: habitKind,
      hour: random.int(6, 22),
      keptLastTime: false,
    });
  }

  const tasks: PlannedTask[] = [];
  const habitLogs: PlannedHabitLog[] = [];
  const focusSessions: PlannedFocusSession[] = [];
  for (let dayIndex = 0; dayIndex <= lastDay; dayIndex++) {
    const day = demoDayOf(signUpDay, dayIndex);
    const fading = 1 - 0.3 * Math.min(dayIndex / 90, 1);
    for (const habit of habits) {
      const scheduled = habit.kind.chanceOn(day);
      if (scheduled === 0) continue;
      const keptUp = habit.kind.onSchedule && habit.keptLastTime;
      const done = random.chance(
        keptUp ? Math.max(keepingUp, scheduled * diligence) : scheduled * diligence * fading,
      );
      habit.keptLastTime = done;
      const skipped = !done && random.chance(0.06);
      const completedAt = momentOn(day, habit.hour);
      if ((!done && !skipped) || !completedAt) continue;
      habitLogs.push({
        id: idOf("habit-log", habit.id, dayIndex),
        habitId: habit.id,
        userId,
        completedDate: day.date,
        completedAt,
        mood: done && random.chance(0.4) ? random.int(2, 5) : null,
        skipReason: done ? null : random.pick(skipReasons),
      });
    }
    if (dayIndex > 0 && !random.chance(engagedChance * fading)) continue;

    const newTasks =
      dayIndex === 0 ? random.int(2, 4) : Number(random.weighted({ 0: 25, 1: 35, 2: 25, 3: 15 }));
    for (let taskIndex = 0; taskIndex < newTasks; taskIndex++) {
      const task = planDemoTask(context, day, taskIndex);
      if (task) tasks.push(task);
    }
    if (!random.chance(0.5)) continue;
    for (let session = random.int(1, 2); session > 0; session--) {
      const loggedAt = momentOn(day, random.int(9, 21));
      if (!loggedAt) continue;
      focusSessions.push({
        id: idOf("focus", dayIndex, session),
        userId,
        minutes: random.pick(focusMinutes),
        loggedOn: day.date,
        loggedAt,
      });
    }
  }

  const lastSeenMs = Math.max(
    signedUpAt.getTime(),
    ...tasks.map((task) => Math.max(task.createdAt.getTime(), task.completedAt?.getTime() ?? 0)),
    ...habitLogs.map((log) => log.completedAt.getTime()),
    ...focusSessions.map((session) => session.loggedAt.getTime()),
  );
  const platform = random.weighted({ ios: 45, android: 40, web: 15 }) as DevicePlatform;
  const platforms = random.chance(0.12)
    ? [platform, platform === DevicePlatform.Web ? DevicePlatform.Ios : DevicePlatform.Web]
    : [platform];
  const planned = {
    user: {
      id: userId,
      email: `demo_${String(index + 1).padStart(4, "0")}@${demoPopulationEmailDomain}`,
      username: `demo_${String(index + 1).padStart(4, "0")}`,
      fullName: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
      timezone,
      createdAt: signedUpAt,
      lastLoginAt: new Date(lastSeenMs),
    },
    devices: platforms.map((devicePlatform, deviceIndex) => ({
      id: idOf("device", deviceIndex),
      userId,
      token: `demo-population-${seed}-${index}-${deviceIndex}`,
      platform: devicePlatform,
      createdAt: signedUpAt,
      lastSeenAt: new Date(lastSeenMs),
    })),
    tasks,
    habits: habits.map(({ kind: _kind, hour: _hour, keptLastTime: _kept, ...habit }) => habit),
    habitLogs,
    streakExtensions: streakExtensionsOf(habits, habitLogs, timezone, now),
    focusSessions,
  };
  return { ...planned, achievements: demoAchievementsOf(planned, idOf) };
}
