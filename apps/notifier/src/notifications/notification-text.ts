import { type PushMessage } from "@momentum/domain";

export interface NotificationText {
  title: string;
  body: string;
  /** What the app needs to open the right screen; strings only, as FCM requires. */
  data: Record<string, string>;
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** "Due in 1 hour", "Due in 45 minutes", "Overdue by 2 days": rounded to the largest sensible unit. */
export function dueText(secondsUntilDue: number): string {
  const magnitude = Math.abs(secondsUntilDue);
  if (magnitude < 60) return "Due now";
  const span =
    magnitude < 3_600
      ? plural(Math.round(magnitude / 60), "minute")
      : magnitude < 86_400
        ? plural(Math.round(magnitude / 3_600), "hour")
        : plural(Math.round(magnitude / 86_400), "day");
  return secondsUntilDue > 0 ? `Due in ${span}` : `Overdue by ${span}`;
}

/** The words of the push a notification message becomes. */
export function notificationTextOf(message: PushMessage): NotificationText {
  switch (message.type) {
    case "TASK_REMINDER": {
      const urgent = message.priority === "high" || message.priority === "urgent";
      return {
        title: message.title,
        body: `${dueText(Number(message.dueIn))}${urgent ? ` · ${message.priority} priority` : ""}`,
        data: {
          type: message.type,
          taskId: message.taskId,
          dueIn: message.dueIn,
          priority: message.priority,
        },
      };
    }
    case "HABIT_REMINDER":
      return {
        title: message.title,
        body:
          message.streakCount > 0
            ? `Keep your streak going: ${message.streakCount} in a row`
            : "Time to build your habit",
        data: { type: message.type, habitId: message.habitId, streakCount: String(message.streakCount) },
      };
    case "ACHIEVEMENT_UNLOCKED":
      return {
        title: `Achievement unlocked: ${message.name}`,
        body: `You earned ${plural(message.points, "point")}`,
        data: { type: message.type, achievementId: message.achievementId, points: String(message.points) },
      };
    case "DATA_EXPORT_READY":
      return {
        title: "Your data export is ready",
        body: "Download it from the app within 24 hours; it can be downloaded once.",
        data: { type: message.type, exportId: message.exportId, expiresAt: message.expiresAt },
      };
    case "IMPORT_FINISHED":
      return {
        title: message.status === "DONE" ? "Your import is done" : "Your import could not finish",
        body:
          message.status === "DONE"
            ? `${plural(message.created, "item")} imported` +
              (message.skipped > 0
                ? `, ${plural(message.skipped, "row")} skipped: see the details in the app`
                : "")
            : "Open the app to see what went wrong",
        data: {
          type: message.type,
          importJobId: message.importJobId,
          status: message.status,
          created: String(message.created),
          skipped: String(message.skipped),
        },
      };
  }
}
