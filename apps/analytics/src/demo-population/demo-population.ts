import { type DevicePlatform, type FrequencyType, type Priority, type TaskStatus } from "@momentum/db";
import { planDemoUser } from "./demo-user.plan";

/** Demo population accounts use this reserved domain (RFC 2606): never a real inbox, easy to filter. */
export const demoPopulationEmailDomain = "demo.momentum.invalid";

export const demoPopulationDefaults = { seed: 1, users: 300, days: 120 };

export interface DemoPopulationOptions {
  /** The instant the population is built up to: nothing happens after it. */
  now: Date;
  /** Same seed, same `now`: the same users, rows and events, ids included. */
  seed?: number;
  users?: number;
  /** How many days before `now` the first sign-ups may be. */
  days?: number;
}

export interface PlannedUser {
  id: string;
  email: string;
  username: string;
  fullName: string;
  timezone: string;
  createdAt: Date;
  lastLoginAt: Date;
}

export interface PlannedDevice {
  id: string;
  userId: string;
  token: string;
  platform: DevicePlatform;
  createdAt: Date;
  lastSeenAt: Date;
}

export interface PlannedTask {
  id: string;
  userId: string;
  title: string;
  priority: Priority;
  dueDate: Date | null;
  status: TaskStatus;
  createdAt: Date;
  completedAt: Date | null;
  /** The user's calendar day of the completion. */
  completedOn: string | null;
}

export interface PlannedHabit {
  id: string;
  userId: string;
  title: string;
  frequencyType: FrequencyType;
  frequencyConfig: Record<string, unknown>;
  startDate: string;
  createdAt: Date;
}

export interface PlannedHabitLog {
  id: string;
  habitId: string;
  userId: string;
  completedDate: string;
  completedAt: Date;
  mood: number | null;
  /** Set for a skip, null for a completion. */
  skipReason: string | null;
}

export interface PlannedFocusSession {
  id: string;
  userId: string;
  minutes: number;
  loggedOn: string;
  loggedAt: Date;
}

/** A completion that grew a habit's streak (what `streak.extended` tells). */
export interface PlannedStreakExtension {
  habitId: string;
  userId: string;
  at: Date;
  currentStreak: number;
  longestStreak: number;
  /** The first day of the streak. */
  startDate: string;
}

export interface PlannedAchievement {
  id: string;
  userId: string;
  achievementId: string;
  earnedAt: Date;
}

/** One demo user and everything they did, in the order they did it within each list. */
export interface DemoUserPlan {
  user: PlannedUser;
  devices: PlannedDevice[];
  tasks: PlannedTask[];
  habits: PlannedHabit[];
  habitLogs: PlannedHabitLog[];
  streakExtensions: PlannedStreakExtension[];
  focusSessions: PlannedFocusSession[];
  achievements: PlannedAchievement[];
}

export interface DemoPopulation {
  seed: number;
  now: Date;
  users: DemoUserPlan[];
}

/**
 * A synthetic population worth a report: sign-ups spread over `days` (more of them lately), each user on
 * one or two platforms, most drifting away after days or weeks and a loyal core staying, with tasks of
 * every priority (on time, late, open), habits of every frequency type, focus sessions and the
 * achievements those earn. A pure function of its options.
 */
export function planDemoPopulation(options: DemoPopulationOptions): DemoPopulation {
  const seed = options.seed ?? demoPopulationDefaults.seed;
  const count = options.users ?? demoPopulationDefaults.users;
  const days = options.days ?? demoPopulationDefaults.days;
  return {
    seed,
    now: options.now,
    users: Array.from({ length: count }, (_, index) => planDemoUser({ seed, index, now: options.now, days })),
  };
}
