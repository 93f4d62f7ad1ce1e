import { randomUUID } from "node:crypto";
import { DevicePlatform, FrequencyType } from "@momentum/db";
import { type DomainEvent } from "@momentum/domain";
import {
  achievementUnlockedEvent,
  at,
  deviceRegisteredEvent,
  focusLoggedEvent,
  habitLoggedEvent,
  habitSkippedEvent,
  taskCompletion,
  userSignedUpEvent,
} from "./domain-event-builders";

/** The range the population's figures are computed for: three ISO weeks, Monday 2 to Sunday 22 November 2020. */
export const populationRange = { from: "2020-11-02", to: "2020-11-22" };

/**
 * Three users in three zones whose reports over populationRange are computed by hand in the tests
 * (apps/analytics reports tests, the dashboard's e2e). Each call makes new users.
 * - Ada (UTC, iOS) signs up on the 2nd, completes a high-priority task on time, focuses 30 minutes on
 *   the 3rd, logs a daily habit and unlocks the achievement on the 9th; a task on the 23rd is outside.
 * - Bob (New York, Android) signs up at 03:00Z on the 3rd, still the 2nd for him; on the 16th he
 *   completes a low-priority task without due date, logs a weekly habit under its target, focuses 20.
 * - Cy (Tokyo, no device: platform unknown) signs up at 16:00Z on the 10th, the 11th for him, completes
 *   a high-priority task late and skips a daily habit that day, focuses 15 minutes on the 22nd.
 */
export function reportPopulation(achievementId: string): { events: DomainEvent[]; users: string[] } {
  const [ada, bob, cy] = [randomUUID(), randomUUID(), randomUUID()];
  const events = [
    at("2020-11-02T08:00:00.000Z", userSignedUpEvent(ada, "UTC")),
    at("2020-11-02T08:01:00.000Z", deviceRegisteredEvent(ada, DevicePlatform.Ios)),
    taskCompletion(ada, {
      priority: "high",
      dueDate: "2020-11-02T17:00:00.000Z",
      completedAt: "2020-11-02T09:00:00.000Z",
      completedOn: "2020-11-02",
    }),
    focusLoggedEvent(ada, "2020-11-03", 30),
    habitLoggedEvent(ada, randomUUID(), "2020-11-09", { frequencyType: FrequencyType.Daily }),
    achievementUnlockedEvent(ada, achievementId, "2020-11-09"),
    taskCompletion(ada, {
      priority: "medium",
      dueDate: null,
      completedAt: "2020-11-23T09:00:00.000Z",
      completedOn: "2020-11-23",
    }),

    at("2020-11-03T03:00:00.000Z", userSignedUpEvent(bob, "America/New_York")),
    at("2020-11-03T03:01:00.000Z", deviceRegisteredEvent(bob, DevicePlatform.Android)),
    taskCompletion(bob, {
      priority: "low",
      dueDate: null,
      completedAt: "2020-11-16T15:00:00.000Z",
      completedOn: "2020-11-16",
    }),
    habitLoggedEvent(bob, randomUUID(), "2020-11-16", {
      frequencyType: FrequencyType.Weekly,
      counted: false,
    }),
    focusLoggedEvent(bob, "2020-11-16", 20),

    at("2020-11-10T16:00:00.000Z", userSignedUpEvent(cy, "Asia/Tokyo")),
    taskCompletion(cy, {
      priority: "high",
      dueDate: "2020-11-10T12:00:00.000Z",
      completedAt: "2020-11-11T01:00:00.000Z",
      completedOn: "2020-11-11",
    }),
    habitSkippedEvent(cy, randomUUID(), "2020-11-11", "travelling", FrequencyType.Daily),
    focusLoggedEvent(cy, "2020-11-22", 15),
  ];
  return { events, users: [ada, bob, cy] };
}
