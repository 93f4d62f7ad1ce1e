import { MeasurementType } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { fixtureText } from "./import-fixtures.test-support";
import { type ImportedGoal, type ImportedHabit, type ImportedTask } from "./import-plan";
import { parseMomentumJson } from "./momentum-json.parser";

const plan = () => parseMomentumJson(fixtureText("momentum-export.json"));
const ofKind = <K extends string>(kind: K) => plan().objects.filter((o) => o.kind === kind);

describe("Momentum data export", () => {
  it("reads live categories, keyed by their ids", () => {
    expect(ofKind("category")).toEqual([
      expect.objectContaining({
        key: "momentum:category:c0000000-0000-4000-8000-000000000001",
        name: "Home",
        type: "task",
      }),
      expect.objectContaining({ name: "Health", icon: "heart", type: "habit" }),
    ]);
  });

  it("nests subtasks under their parent and keeps status, priority, category and recurrence", () => {
    const [fence, water] = ofKind("task") as ImportedTask[];
    expect(fence).toMatchObject({
      title: "Paint the fence",
      priority: 3,
      dueDate: new Date("2025-03-10T16:00:00Z"),
      categoryKey: "momentum:category:c0000000-0000-4000-8000-000000000001",
      subtasks: [expect.objectContaining({ title: "Buy paint", status: "completed", recurrence: null })],
    });
    expect(water!.recurrence).toEqual({ rrule: "FREQ=DAILY;INTERVAL=2", timezone: "Europe/Berlin" });
    expect(ofKind("task")).toHaveLength(2);
  });

  it("skips a row that does not read, naming it, and leaves deleted rows out", () => {
    expect(plan().skipped).toBe(1);
    expect(plan().warnings).toEqual(["tasks[4]: title Invalid input: expected string, received number"]);
  });

  it("reads habits with their logs, skipped days and reminder time", () => {
    const [read] = ofKind("habit") as ImportedHabit[];
    expect(read!.input).toMatchObject({
      title: "Read",
      // An export from before numeric habits: target and unit move out of the config.
      frequencyConfig: {},
      targetValue: 20,
      unit: "pages",
      reminderTime: "21:30",
    });
    expect(read!.logs).toEqual([
      { date: "2025-03-01", value: 25, notes: "a good chapter", mood: 4, skipReason: null },
      { date: "2025-03-02", value: 20, notes: null, mood: null, skipReason: null },
      { date: "2025-03-03", value: null, notes: null, mood: null, skipReason: "travelling" },
    ]);
  });

  it("reads goals with milestones and links to the archive's tasks and habits", () => {
    const [garden] = ofKind("goal") as ImportedGoal[];
    expect(garden).toMatchObject({
      input: {
        measurementType: MeasurementType.Milestones,
        startDate: "2025-03-01",
        targetDate: "2025-06-01",
      },
      milestones: [
        { title: "Fence painted", completed: true },
        { title: "Beds planted", dueDate: "2025-05-01", completed: false },
      ],
      linkedTaskKeys: ["momentum:task:a0000000-0000-4000-8000-000000000001"],
      linkedHabitKeys: ["momentum:habit:b0000000-0000-4000-8000-000000000001"],
      currentValue: null,
    });
  });

  it("refuses what is not JSON or not a Momentum export", () => {
    expect(() => parseMomentumJson("{oops")).toThrow(/not JSON/);
    expect(() => parseMomentumJson('{"format":"other"}')).toThrow(/not a Momentum export/);
  });

  it("reads tags once per name whatever its case, and maps tasks', habits' and filters' tag ids through them", () => {
    const tagId = (n: number) => `70000000-0000-4000-8000-00000000000${n}`;
    const [work, workAgain, home] = [tagId(1), tagId(2), tagId(3)];
    const parsed = parseMomentumJson(
      JSON.stringify({
        format: "momentum-export",
        version: 1,
        tags: [
          { id: work, name: "Work", color: "#112233" },
          { id: workAgain, name: " work ", color: null },
          { id: home, name: "Home", color: null },
        ],
        tasks: [
          {
            id: "a0000000-0000-4000-8000-000000000001",
            title: "Report",
            due_on: "2030-03-05",
            start_on: "2030-03-01",
            duration_minutes: 90,
            tagIds: [workAgain, home, work],
          },
          { id: "a0000000-0000-4000-8000-000000000002", title: "Gone", is_deleted: true, tagIds: [home] },
          {
            id: "a0000000-0000-4000-8000-000000000003",
            title: "In the trash",
            deleted_at: "2030-03-01T10:00:00.000Z",
            deleted_with_task_id: "a0000000-0000-4000-8000-000000000003",
          },
        ],
        habits: [
          {
            id: "b0000000-0000-4000-8000-000000000001",
            title: "Tidy",
            frequency_type: "daily",
            tagIds: [home],
          },
        ],
        savedFilters: [
          {
            id: "f0000000-0000-4000-8000-000000000001",
            name: "Work",
            filter: { tagIds: [workAgain], overdue: true },
          },
        ],
      }),
    );
    const key = (id: string) => `momentum:tag:${id}`;
    expect(parsed.objects.filter((o) => o.kind === "tag").map((tag) => tag.key)).toEqual([
      key(work),
      key(home),
    ]);
    expect(parsed.objects.find((o) => o.kind === "task")).toMatchObject({
      title: "Report",
      dueDate: null,
      dueOn: "2030-03-05",
      startOn: "2030-03-01",
      durationMinutes: 90,
      tagKeys: [key(work), key(home)],
    });
    expect(parsed.objects.filter((o) => o.kind === "task")).toHaveLength(1);
    expect((parsed.objects.find((o) => o.kind === "habit") as ImportedHabit).tagKeys).toEqual([key(home)]);
    expect(parsed.objects.find((o) => o.kind === "savedFilter")).toMatchObject({
      name: "Work",
      filter: { overdue: true },
      tagKeys: [key(work)],
    });
  });
});

describe("reminders in a Momentum data export", () => {
  const archiveWith = (tasks: unknown[], habits: unknown[] = []) =>
    JSON.stringify({ format: "momentum-export", version: 1, tasks, habits });
  const task = (fields: Record<string, unknown>) => ({ id: "t1", title: "Report", ...fields });

  it("reads a task's reminder list, and an older archive's single reminder_time as a one-item list", () => {
    const [listed, single] = parseMomentumJson(
      archiveWith([
        task({
          due_date: "2030-03-05T09:00:00Z",
          reminders: [{ minutes_before: 30 }, { at: "2030-03-04T18:00:00Z" }],
        }),
        task({ id: "t2", reminder_time: "2030-03-04T07:00:00Z" }),
      ]),
    ).objects as ImportedTask[];
    expect(listed!.reminders).toEqual([
      { at: null, minutesBefore: 30 },
      { at: new Date("2030-03-04T18:00:00Z"), minutesBefore: null },
    ]);
    expect(single!.reminders).toEqual([{ at: new Date("2030-03-04T07:00:00Z") }]);
  });

  it("leaves out, with a warning, a relative reminder of a task that has no due date (it could not fire)", () => {
    const result = parseMomentumJson(
      archiveWith([task({ reminders: [{ minutes_before: 30 }, { at: "2030-03-04T18:00:00Z" }] })]),
    );
    expect((result.objects[0] as ImportedTask).reminders).toEqual([
      { at: new Date("2030-03-04T18:00:00Z"), minutesBefore: null },
    ]);
    expect(result.warnings).toEqual([
      "tasks[0]: a reminder relative to the due date was left out: the task has no due date",
    ]);
  });

  it("reads a habit's reminder list with its weekdays", () => {
    const [habit] = parseMomentumJson(
      archiveWith(
        [],
        [
          {
            id: "h1",
            title: "Read",
            frequency_type: "daily",
            reminders: [{ time: "07:30:00", days: ["MON"] }, { time: "21:00:00" }],
          },
        ],
      ),
    ).objects as ImportedHabit[];
    expect(habit!.input.reminders).toEqual([
      { time: "07:30", days: ["MON"] },
      { time: "21:00", days: null },
    ]);
  });
});
