import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Priority } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { type ImportedTask } from "./import-plan";
import { parseTodoistCsv } from "./todoist-csv.parser";

const fixture = readFileSync(join(__dirname, "fixtures/todoist-template.csv"), "utf8");
const parse = (text = fixture) => parseTodoistCsv(text, { zone: "Pacific/Auckland" });
const tasks = (text?: string) => parse(text).objects.filter((o): o is ImportedTask => o.kind === "task");

describe("Todoist CSV template", () => {
  it("makes sections task categories and puts each task in the section above it", () => {
    const plan = parse();
    expect(
      plan.objects.filter((o) => o.kind === "category").map((o) => o.kind === "category" && o.name),
    ).toEqual(["Errands", "Routines"]);
    const [groceries, water] = tasks();
    expect(groceries).toMatchObject({ title: "Buy groceries", categoryKey: "todoist:section:errands" });
    expect(water).toMatchObject({ title: "Water the plants", categoryKey: "todoist:section:routines" });
  });

  it("reads quoted fields with embedded newlines and a byte order mark, and adds notes to the description", () => {
    const [groceries] = tasks();
    expect(groceries!.description).toBe("Milk, eggs\nand bread");
    expect(groceries!.subtasks[0]).toMatchObject({
      title: "Pick up the bike",
      description: "Shop closes at six",
      categoryKey: null,
      where: "line 5",
    });
  });

  it("maps Todoist's priority 4 (p1) to URGENT down to 1 (p4) as NONE", () => {
    expect(tasks().map((task) => [task.title, task.priority])).toEqual([
      ["Buy groceries", Priority.Urgent],
      ["Water the plants", Priority.High],
      ["Team sync", Priority.Medium],
      ["Call grandma", Priority.None],
      ["Stretch", Priority.None],
      ["Stretch", Priority.None],
    ]);
    expect(tasks()[0]!.subtasks[0]!.priority).toBe(Priority.None);
  });

  it("skips a row with an unknown priority, naming its line", () => {
    const plan = parse();
    expect(plan.skipped).toBe(1);
    expect(plan.warnings).toContain("line 11: unknown priority 7");
  });

  it("reads dates in the row's zone and recurrence text as RRULE, warning where it does not map", () => {
    const [groceries, water, sync, grandma] = tasks();
    expect(groceries).toMatchObject({ dueOn: "2025-03-01" });
    expect(groceries!.dueDate).toBeUndefined();
    expect(water!.recurrence).toEqual({ rrule: "FREQ=DAILY;INTERVAL=3", timezone: "Europe/Berlin" });
    expect(sync!.recurrence).toEqual({ rrule: "FREQ=WEEKLY;BYDAY=MO", timezone: "Europe/Berlin" });
    expect(grandma!.recurrence).toBeUndefined();
    expect(parse().warnings).toContain(
      'line 12: recurring date "every 3rd sunday" has no matching rule; imported without recurrence',
    );
  });

  it("gives every row a stable key: the same file gives the same keys, equal rows different ones", () => {
    const keys = tasks().map((task) => task.key);
    expect(tasks().map((task) => task.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("refuses a file without the template's columns", () => {
    expect(() => parse("name,done\nmilk,no\n")).toThrow(/TYPE and CONTENT/);
  });

  it.each([
    ["2025-03-01", { dueOn: "2025-03-01" }],
    ["Mar 1 2025", { dueOn: "2025-03-01" }],
    ["2025-03-01 14:30", { dueDate: new Date("2025-03-01T13:30:00Z") }],
    ["2025-03-01T14:30:00Z", { dueDate: new Date("2025-03-01T14:30:00Z") }],
  ])("reads DATE %s as %o: a day without a time is an all-day date", (date, due) => {
    const [task] = parse(`TYPE,CONTENT,DATE,TIMEZONE\ntask,Pay rent,${date},Europe/Berlin\n`).objects;
    expect(task).toMatchObject(due);
    expect(Object.keys(task!).filter((key) => key === "dueOn" || key === "dueDate")).toEqual(
      Object.keys(due),
    );
  });

  it("makes @labels tags, once per name whatever the case, before the tasks that carry them", () => {
    const plan = parse(
      [
        "TYPE,CONTENT,INDENT,DATE",
        "task,Plan the trip @travel,1,",
        "task,Book the hotel @Travel @phone,2,",
        "task,Write to bob@example.com @phone,1,every! 3 days",
      ].join("\n"),
    );
    expect(plan.objects.map((object) => [object.kind, object.key])).toEqual([
      ["tag", "todoist:tag:travel"],
      ["tag", "todoist:tag:phone"],
      ["task", expect.any(String)],
      ["task", expect.any(String)],
    ]);
    const [trip, bob] = plan.objects.slice(2) as ImportedTask[];
    expect(trip).toMatchObject({ title: "Plan the trip", tagKeys: ["todoist:tag:travel"] });
    expect(trip!.subtasks[0]).toMatchObject({
      title: "Book the hotel",
      tagKeys: ["todoist:tag:travel", "todoist:tag:phone"],
    });
    expect(bob).toMatchObject({
      title: "Write to bob@example.com",
      tagKeys: ["todoist:tag:phone"],
      recurrence: { rrule: "FREQ=DAILY;INTERVAL=3", anchor: "COMPLETION" },
    });
    expect(plan.warnings).toEqual([]);
  });
});
