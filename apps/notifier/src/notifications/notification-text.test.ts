import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dueText, notificationTextOf } from "./notification-text";

describe("dueText", () => {
  it.each([
    [3600, "Due in 1 hour"],
    [7200, "Due in 2 hours"],
    [2700, "Due in 45 minutes"],
    [60, "Due in 1 minute"],
    [30, "Due now"],
    [0, "Due now"],
    [-5400, "Overdue by 2 hours"],
    [172_800, "Due in 2 days"],
  ])("%i seconds reads %s", (seconds, text) => {
    expect(dueText(seconds)).toBe(text);
  });
});

describe("notificationTextOf", () => {
  const userId = randomUUID();

  it("a task reminder is titled with the task and says when it is due and that it is urgent", () => {
    const taskId = randomUUID();
    expect(
      notificationTextOf({
        type: "TASK_REMINDER",
        userId,
        taskId,
        title: "File taxes",
        dueIn: "3600",
        priority: "high",
      }),
    ).toEqual({
      title: "File taxes",
      body: "Due in 1 hour · high priority",
      data: { type: "TASK_REMINDER", taskId, dueIn: "3600", priority: "high" },
    });
  });

  it("a task reminder of ordinary priority does not mention priority", () => {
    const text = notificationTextOf({
      type: "TASK_REMINDER",
      userId,
      taskId: randomUUID(),
      title: "Water plants",
      dueIn: "900",
      priority: "low",
    });
    expect(text.body).toBe("Due in 15 minutes");
  });

  it("a habit reminder mentions the streak at stake", () => {
    const text = notificationTextOf({
      type: "HABIT_REMINDER",
      userId,
      habitId: randomUUID(),
      title: "Run",
      streakCount: 5,
    });
    expect(text).toMatchObject({ title: "Run", body: "Keep your streak going: 5 in a row" });
    expect(text.data.streakCount).toBe("5");
  });

  it("an unlocked achievement names it and its points", () => {
    const text = notificationTextOf({
      type: "ACHIEVEMENT_UNLOCKED",
      userId,
      achievementId: randomUUID(),
      name: "Early Bird",
      points: 100,
    });
    expect(text).toMatchObject({ title: "Achievement unlocked: Early Bird", body: "You earned 100 points" });
  });

  it("a ready data export says so, with the export's id and expiry for the app", () => {
    const exportId = randomUUID();
    expect(
      notificationTextOf({
        type: "DATA_EXPORT_READY",
        userId,
        exportId,
        expiresAt: "2026-12-03T12:00:00.000Z",
      }),
    ).toEqual({
      title: "Your data export is ready",
      body: "Download it from the app within 24 hours; it can be downloaded once.",
      data: { type: "DATA_EXPORT_READY", exportId, expiresAt: "2026-12-03T12:00:00.000Z" },
    });
  });

  it.each([
    ["a finished import counts what came in", "DONE", 12, 0, "Your import is done", "12 items imported"],
    [
      "a finished import with skipped rows points to the details",
      "DONE",
      1,
      2,
      "Your import is done",
      "1 item imported, 2 rows skipped: see the details in the app",
    ],
    [
      "a failed import says so",
      "FAILED",
      0,
      0,
      "Your import could not finish",
      "Open the app to see what went wrong",
    ],
  ] as const)("%s", (_case, status, created, skipped, title, body) => {
    const importJobId = randomUUID();
    expect(
      notificationTextOf({ type: "IMPORT_FINISHED", userId, importJobId, status, created, skipped }),
    ).toEqual({
      title,
      body,
      data: {
        type: "IMPORT_FINISHED",
        importJobId,
        status,
        created: String(created),
        skipped: String(skipped),
      },
    });
  });
});
