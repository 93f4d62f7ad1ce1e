import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { AnalyticsUser, DailyUserRollup, DevicePlatform, FrequencyType, UserActivity } from "@momentum/db";
import { openTestOrms, type TestOrms } from "@momentum/db/testing";
import { type DomainEvent } from "@momentum/domain";
import { runOnceBatch } from "@momentum/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyticsConsumerName } from "../analytics-worker";
import { ingestDomainEvents } from "../ingest-domain-event.handler";
import {
  achievementUnlockedEvent,
  at,
  deviceRegisteredEvent,
  focusLoggedEvent,
  habitLoggedEvent,
  habitSkippedEvent,
  habitUnloggedEvent,
  taskCompletion,
  taskUpdatedEvent,
  userDeletedEvent,
  userSignedUpEvent,
} from "../testing/domain-event-builders";
import { rebuildDailyRollups } from "./rebuild-daily-rollups";

// The rebuild reads every row: databases of this file's own.
let orms: TestOrms;
beforeAll(async () => {
  orms = await openTestOrms("daily-rollups");
});
afterAll(() => orms?.close());

/** Delivers events as the worker does: one transaction, each message id at most once. */
const deliver = (events: readonly DomainEvent[]) =>
  runOnceBatch(
    orms.analytics.em,
    analyticsConsumerName,
    events.map((event) => ({ messageId: event.id, event })),
    (tx, fresh) =>
      ingestDomainEvents(
        tx,
        fresh.map(({ event }) => event),
      ),
  );

const rollupsOf = async (userId: string) =>
  (await orms.analytics.em.fork().find(DailyUserRollup, { userId }, { orderBy: { day: "asc" } })).map(
    ({ day, platform, activities, tasksCompleted, tasksDue, tasksOnTime, ...rest }) => ({
      day,
      platform,
      activities,
      activitiesByType: rest.activitiesByType,
      tasksCompleted,
      tasksDue,
      tasksOnTime,
      habitDaysRecorded: rest.habitDaysRecorded,
      habitDaysCompleted: rest.habitDaysCompleted,
      achievementsUnlocked: rest.achievementsUnlocked,
      focusMinutes: rest.focusMinutes,
    }),
  );

/** A user in Auckland (UTC+13 in December) with a busy 1 December of their own. */
function aucklandDay(userId: string, achievementId: string): DomainEvent[] {
  const [bank, plan, report, daily, weekly, skipped, undone, tidy, taxes] = Array.from(
    { length: 9 },
    (): string => randomUUID(),
  ) as [string, string, string, string, string, string, string, string, string];
  return [
    at("2026-11-30T11:30:00.000Z", userSignedUpEvent(userId, "Pacific/Auckland")), // 00:30 on 1 December there
    at("2026-11-30T11:40:00.000Z", deviceRegisteredEvent(userId, DevicePlatform.Ios)),
    // Due at 10:00Z, done at 09:00Z: on time. Reopened and done again: still one task.
    ...[1, 2].map(() =>
      taskCompletion(userId, {
        taskId: bank,
        priority: "high",
        dueDate: "2026-12-01T10:00:00.000Z",
        completedAt: "2026-12-01T09:00:00.000Z",
        completedOn: "2026-12-01",
      }),
    ),
    taskCompletion(userId, {
      taskId: report,
      priority: "high",
      dueDate: "2026-11-30T10:00:00.000Z",
      completedAt: "2026-11-30T12:00:00.000Z",
      completedOn: "2026-12-01",
    }),
    // All-day tasks: due on 1 December and done late that evening (on time: the day is the user's own),
    // and due on 30 November, done the day after (late).
    taskCompletion(userId, {
      taskId: tidy,
      priority: "medium",
      dueDate: null,
      dueOn: "2026-12-01",
      completedAt: "2026-12-01T10:30:00.000Z",
      completedOn: "2026-12-01",
    }),
    taskCompletion(userId, {
      taskId: taxes,
      priority: "medium",
      dueDate: null,
      dueOn: "2026-11-30",
      completedAt: "2026-11-30T12:00:00.000Z",
      completedOn: "2026-12-01",
    }),
    taskCompletion(userId, {
      taskId: plan,
      priority: "low",
      dueDate: null,
      completedAt: "2026-11-30T20:00:00.000Z",
      completedOn: "2026-12-01",
    }),
    habitLoggedEvent(userId, daily, "2026-12-01", { frequencyType: FrequencyType.Daily }),
    habitLoggedEvent(userId, weekly, "2026-12-01", { frequencyType: FrequencyType.Weekly, counted: false }),
    habitSkippedEvent(userId, skipped, "2026-12-01", "ill", FrequencyType.Daily),
    at(
      "2026-12-01T09:00:00.000Z",
      habitLoggedEvent(userId, undone, "2026-12-01", { frequencyType: FrequencyType.Daily }),
    ),
    at("2026-12-01T09:05:00.000Z", habitUnloggedEvent(userId, undone, "2026-12-01")),
    focusLoggedEvent(userId, "2026-12-01", 25),
    focusLoggedEvent(userId, "2026-12-01", 35),
    achievementUnlockedEvent(userId, achievementId, "2026-12-01"),
    // No day of its own: 01:00 on 2 December in Auckland, still 1 December in UTC.
    at("2026-12-01T12:00:00.000Z", taskUpdatedEvent(userId)),
  ];
}

const expectedAucklandRollups = (achievementId: string) => [
  {
    day: "2026-12-01",
    platform: "ios",
    activities: 16,
    activitiesByType: {
      "user.signed_up": 1,
      "device.registered": 1,
      "task.completed": 6,
      "habit.logged": 3,
      "habit.skipped": 1,
      "habit.unlogged": 1,
      "focus.logged": 2,
      "achievement.unlocked": 1,
    },
    tasksCompleted: { high: 2, low: 1, medium: 2 },
    tasksDue: { high: 2, medium: 2 },
    tasksOnTime: { high: 1, medium: 1 },
    habitDaysRecorded: { daily: 2, weekly: 1 },
    habitDaysCompleted: { daily: 1 },
    achievementsUnlocked: { [achievementId]: 1 },
    focusMinutes: 60,
  },
  {
    day: "2026-12-02",
    platform: "ios",
    activities: 1,
    activitiesByType: { "task.updated": 1 },
    tasksCompleted: {},
    tasksDue: {},
    tasksOnTime: {},
    habitDaysRecorded: {},
    habitDaysCompleted: {},
    achievementsUnlocked: {},
    focusMinutes: 0,
  },
];

describe("the reports' daily rollups", () => {
  it("hold each user-day's figures on the user's own days, by priority, frequency and achievement", async () => {
    const [userId, achievementId] = [randomUUID(), randomUUID()];
    await deliver(aucklandDay(userId, achievementId));

    expect(await rollupsOf(userId)).toEqual(expectedAucklandRollups(achievementId));
    expect(await orms.analytics.em.fork().findOneOrFail(AnalyticsUser, { userId })).toMatchObject({
      timezone: "Pacific/Auckland",
      signedUpOn: "2026-12-01",
      platform: "ios",
    });
  });

  it("are the same whether the events come in one batch or one by one, and unchanged by redeliveries", async () => {
    const [userId, achievementId] = [randomUUID(), randomUUID()];
    const events = aucklandDay(userId, achievementId);
    for (const event of events) await deliver([event]);
    await deliver(events); // every message again
    await deliver([events[2]!, events[2]!, events[10]!]); // a repeat within a batch
    expect(await rollupsOf(userId)).toEqual(expectedAucklandRollups(achievementId));
  });

  it("count every event of one user-day ingested by concurrent batches, none overwriting another", async () => {
    const userId = randomUUID();
    // Events that move no productivity metric, so only the rollups' own turn-taking keeps them apart.
    await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        deliver([
          at(`2026-12-03T1${index}:00:00.000Z`, taskUpdatedEvent(userId)),
          achievementUnlockedEvent(userId, randomUUID(), "2026-12-03"),
        ]),
      ),
    );
    const [rollup] = await rollupsOf(userId);
    expect(rollup).toMatchObject({
      day: "2026-12-03",
      activities: 12,
      activitiesByType: { "task.updated": 6, "achievement.unlocked": 6 },
    });
    expect(Object.keys(rollup!.achievementsUnlocked)).toHaveLength(6);
  });

  it("count a user without a known sign-up by UTC days, on the 'unknown' platform", async () => {
    const userId = randomUUID();
    await deliver([at("2026-12-01T12:00:00.000Z", taskUpdatedEvent(userId))]);
    expect(await rollupsOf(userId)).toEqual([
      expect.objectContaining({ day: "2026-12-01", platform: "unknown", activities: 1 }),
    ]);
  });

  it("are forgotten with the user", async () => {
    const userId = randomUUID();
    await deliver(aucklandDay(userId, randomUUID()));
    await deliver([userDeletedEvent(userId)]);
    expect(await rollupsOf(userId)).toEqual([]);
    expect(await orms.analytics.em.fork().count(AnalyticsUser, { userId })).toBe(0);
  });

  it("are rebuilt from the activity rows exactly as the worker wrote them, also for rows without a day", async () => {
    const [userId, achievementId] = [randomUUID(), randomUUID()];
    await deliver(aucklandDay(userId, achievementId));
    const em = orms.analytics.em.fork();
    await em.nativeUpdate(UserActivity, { userId }, { day: null });
    await em.nativeDelete(DailyUserRollup, {});
    await em.nativeDelete(AnalyticsUser, {});

    expect(await rebuildDailyRollups(orms.analytics.em)).toBeGreaterThanOrEqual(2);
    expect(await rollupsOf(userId)).toEqual(expectedAucklandRollups(achievementId));
    expect(await rebuildDailyRollups(orms.analytics.em)).toBeGreaterThanOrEqual(2);
    expect(await rollupsOf(userId)).toEqual(expectedAucklandRollups(achievementId));
  });
});
