import { achievementCatalogue } from "@momentum/db";
import { type DomainEvent, priorityNameSchema, todayIn } from "@momentum/domain";
import { type DemoPopulation, type DemoUserPlan, type PlannedTask } from "./demo-population";
import { seededId } from "./seeded-random";

type EventOf<T extends DomainEvent["type"]> = Extract<DomainEvent, { type: T }>;

const taskFacts = (task: PlannedTask) => ({
  title: task.title,
  priority: priorityNameSchema.options[task.priority]!,
  dueDate: task.dueDate?.toISOString() ?? null,
});

const pointsOf = new Map<string, number>(
  achievementCatalogue.map((achievement) => [achievement.id, achievement.points]),
);

/** The events the API would have recorded in its outbox for what one demo user did, in no particular order. */
function eventsOf(seed: number, plan: DemoUserPlan): DomainEvent[] {
  const userId = plan.user.id;
  const frequencyOf = new Map(plan.habits.map((habit) => [habit.id, habit.frequencyType]));
  const event = <T extends DomainEvent["type"]>(
    type: T,
    aggregate: DomainEvent["aggregate"],
    occurredAt: Date,
    payload: EventOf<T>["payload"],
  ): DomainEvent =>
    ({
      id: seededId(seed, "event", type, aggregate.id, occurredAt.toISOString()),
      type,
      version: 1,
      occurredAt: occurredAt.toISOString(),
      userId,
      aggregate,
      payload,
    }) as DomainEvent;

  return [
    event("user.signed_up", { type: "user", id: userId }, plan.user.createdAt, {
      username: plan.user.username,
      timezone: plan.user.timezone,
    }),
    ...plan.devices.map((device) =>
      event("device.registered", { type: "device", id: device.id }, device.createdAt, {
        platform: device.platform,
      }),
    ),
    ...plan.tasks.flatMap((task) => {
      const aggregate = { type: "task", id: task.id };
      const created = event("task.created", aggregate, task.createdAt, {
        ...taskFacts(task),
        categoryId: null,
        parentTaskId: null,
      });
      if (!task.completedAt || !task.completedOn) return [created];
      return [
        created,
        event("task.completed", aggregate, task.completedAt, {
          ...taskFacts(task),
          completedAt: task.completedAt.toISOString(),
          completedOn: task.completedOn,
        }),
      ];
    }),
    ...plan.habits.map((habit) =>
      event("habit.created", { type: "habit", id: habit.id }, habit.createdAt, {
        title: habit.title,
        frequencyType: habit.frequencyType,
        startDate: habit.startDate,
        categoryId: null,
      }),
    ),
    ...plan.streakExtensions.map((extension) =>
      event("streak.extended", { type: "habit", id: extension.habitId }, extension.at, {
        currentStreak: extension.currentStreak,
        longestStreak: extension.longestStreak,
        startDate: extension.startDate,
      }),
    ),
    ...plan.habitLogs.map((log) =>
      log.skipReason === null
        ? event("habit.logged", { type: "habit", id: log.habitId }, log.completedAt, {
            date: log.completedDate,
            value: null,
            mood: log.mood,
            counted: true,
            replaced: false,
            frequencyType: frequencyOf.get(log.habitId),
          })
        : event("habit.skipped", { type: "habit", id: log.habitId }, log.completedAt, {
            date: log.completedDate,
            reason: log.skipReason,
            frequencyType: frequencyOf.get(log.habitId),
          }),
    ),
    ...plan.achievements.map((earned) =>
      event("achievement.unlocked", { type: "achievement", id: earned.achievementId }, earned.earnedAt, {
        points: pointsOf.get(earned.achievementId) ?? 0,
        earnedOn: todayIn(plan.user.timezone, earned.earnedAt),
      }),
    ),
    ...plan.focusSessions.map((session) =>
      event("focus.logged", { type: "focus_session", id: session.id }, session.loggedAt, {
        minutes: session.minutes,
        taskId: null,
        loggedOn: session.loggedOn,
      }),
    ),
  ];
}

// Code-unit order: ISO instants of one format sort as they happened (localeCompare is slow and locale-bound).
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// At one moment, a completion comes before the streak it extends, as the API records them.
const typeOrder = (event: DomainEvent) => (event.type === "streak.extended" ? 1 : 0);

/**
 * The population's domain events, envelopes as the outbox relay publishes them, in the order they
 * happened: what the analytics worker would have consumed had these users used the API.
 */
export function demoPopulationEvents(population: DemoPopulation): DomainEvent[] {
  return population.users
    .flatMap((plan) => eventsOf(population.seed, plan))
    .sort(
      (a, b) => compare(a.occurredAt, b.occurredAt) || typeOrder(a) - typeOrder(b) || compare(a.id, b.id),
    );
}
