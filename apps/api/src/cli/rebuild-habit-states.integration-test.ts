import "reflect-metadata";
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { FrequencyType, Habit, HabitLog, User } from "@momentum/db";
import { openTestOrms, type TestOrms } from "@momentum/db/testing";
import { readStoredHabitState } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The built command, as `npm run habits:rebuild -w @momentum/api` runs it, on a database of its own.
const cli = resolve(__dirname, "../../dist/cli/rebuild-habit-states.js");

let orms: TestOrms;
beforeAll(async () => {
  orms = await openTestOrms("habits_rebuild_cli");
});
afterAll(() => orms?.close());

describe("npm run habits:rebuild", () => {
  it("stores every habit's state from its logs and says how many it rebuilt", async () => {
    const em = orms.main.em.fork();
    const user = em.create(User, {
      email: "rebuild-cli@momentum.test",
      username: "rebuild_cli",
      fullName: "Rebuild",
      passwordHash: "x",
      timezone: "America/New_York",
    });
    const habits = ["Read", "Walk", "Write"].map((title) =>
      em.create(Habit, {
        user,
        title,
        frequencyType: FrequencyType.Daily,
        frequencyConfig: {},
        startDate: "2020-01-01",
      }),
    );
    // Logged before the migration: no counters, no checkpoint.
    for (const habit of habits)
      for (const completedDate of ["2020-01-01", "2020-01-02", "2020-01-03"])
        em.create(HabitLog, { habit, user, completedDate });
    await em.flush();

    const { stdout } = await promisify(execFile)(process.execPath, [cli], {
      env: { ...process.env, DATABASE_URL: orms.databases.mainUrl },
    });

    expect(stdout).toBe("habits: 3 rebuilt\n");
    const stored = await orms.main.em.fork().find(Habit, { user }, { orderBy: { title: "asc" } });
    for (const habit of stored) {
      expect(habit).toMatchObject({ currentStreak: 0, longestStreak: 3, totalCompletions: 3 });
      expect(readStoredHabitState(habit.streakCheckpoint)?.checkpoint).toMatchObject({
        longestClosed: 3,
        completions: 3,
        lastCompletedDate: "2020-01-03",
      });
    }
  });
});
