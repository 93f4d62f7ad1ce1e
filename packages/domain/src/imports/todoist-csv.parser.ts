import { Priority } from "@momentum/db";
import { readCsvTable } from "./csv-table";
import { dayOfDateText, instantOfDateText, zoneOr } from "./import-dates";
import {
  ImportPlanBuilder,
  type ImportPlan,
  type ImportedTag,
  type ImportedTask,
  UnreadableImport,
} from "./import-plan";
import { hashedSourceKey } from "./source-key";
import { todoistLabelsOf } from "./todoist-labels";
import { isRecurringDateText, todoistRecurrenceOf } from "./todoist-recurrence";

/** Todoist's PRIORITY as its exports write it: 4 is p1 (the highest), 1 is p4 (no priority). */
const priorities: Record<string, Priority> = {
  "": Priority.None,
  "1": Priority.None,
  "2": Priority.Medium,
  "3": Priority.High,
  "4": Priority.Urgent,
};

const SECTION_COLOR = "#808080";

/**
 * Reads Todoist's CSV template (TYPE, CONTENT, DESCRIPTION, PRIORITY, INDENT, ..., DATE, DATE_LANG,
 * TIMEZONE): `section` rows become task categories, `task` rows tasks of the section above them (INDENT
 * 2 and deeper are subtasks of the task above), `note` rows are added to the description of the task
 * above, `@label` words of a task's CONTENT become tags. Each row's key is the hash of its section, its
 * parents' and its own content, so a second import of the same file finds every task again.
 */
export function parseTodoistCsv(text: string, options: { zone: string }): ImportPlan {
  const table = readCsvTable(text);
  if (!table.header.includes("TYPE") || !table.header.includes("CONTENT")) {
    throw new UnreadableImport("not a Todoist CSV file: the header needs TYPE and CONTENT columns");
  }
  const plan = new ImportPlanBuilder();
  // Tags go first, so a subtask's tags are there before its parent task is created.
  const tags = new Map<string, ImportedTag>();
  let section: { key: string; name: string } | null = null;
  // The open task at each indent level: a row at level n is a subtask of the one at n - 1.
  let open: ImportedTask[] = [];
  let lastTask: ImportedTask | null = null;
  const seen = new Map<string, number>();

  for (const { line, cells } of table.rows) {
    const where = `line ${line}`;
    const type = cells.TYPE!.trim();
    const content = cells.CONTENT!.trim();
    if (type === "" && content === "") continue;
    if (type === "section") {
      const key = `todoist:section:${content.toLowerCase()}`;
      section = { key, name: content };
      open = [];
      lastTask = null;
      plan.add({ kind: "category", key, where, name: content, color: SECTION_COLOR, type: "task" });
      continue;
    }
    if (type === "note") {
      if (!lastTask) plan.skip(where, "a note with no task above it");
      else lastTask.description = [lastTask.description, content].filter(Boolean).join("\n\n");
      continue;
    }
    if (type !== "task") {
      plan.skip(where, `unknown TYPE "${type}"`);
      continue;
    }

    const priority = priorities[(cells.PRIORITY ?? "").trim()];
    if (priority === undefined) {
      plan.skip(where, `unknown priority ${cells.PRIORITY!.trim()}`);
      continue;
    }
    const indentText = (cells.INDENT ?? "").trim() || "1";
    const indent = Number(indentText);
    if (!Number.isInteger(indent) || indent < 1) {
      plan.skip(where, `unknown indent ${indentText}`);
      continue;
    }
    const level = Math.min(indent, open.length + 1);
    if (level < indent)
      plan.warn(
        where,
        `indent ${indent} has no task at indent ${indent - 1} above it; imported at indent ${level}`,
      );
    const parent = level > 1 ? open[level - 2]! : null;

    const identity = [section?.name ?? "", ...open.slice(0, level - 1).map((task) => task.title), content];
    const occurrence = (seen.get(JSON.stringify(identity)) ?? 0) + 1;
    seen.set(JSON.stringify(identity), occurrence);
    const { title, labels, tooLong } = todoistLabelsOf(content);
    for (const label of tooLong)
      plan.warn(where, `label @${label} is longer than 50 characters; left in the title`);
    const tagKeys = labels.map((label) => {
      const key = `todoist:tag:${label.toLowerCase()}`;
      if (!tags.has(key)) tags.set(key, { kind: "tag", key, where, name: label });
      return key;
    });
    const task: ImportedTask = {
      kind: "task",
      key: hashedSourceKey("todoist:task", [...identity, String(occurrence)]),
      where,
      title,
      tagKeys,
      description: cells.DESCRIPTION?.trim() || null,
      priority,
      categoryKey: parent ? null : (section?.key ?? null),
      subtasks: [],
      ...dueOf(cells.DATE ?? "", zoneOr(cells.TIMEZONE, options.zone), where, plan),
    };
    if (parent) parent.subtasks.push(task);
    else plan.add(task);
    open = [...open.slice(0, level - 1), task];
    lastTask = task;
  }
  const read = plan.plan();
  return { ...read, objects: [...tags.values(), ...read.objects] };
}

function dueOf(
  text: string,
  zone: string,
  where: string,
  plan: ImportPlanBuilder,
): Pick<ImportedTask, "dueDate" | "dueOn" | "recurrence"> {
  const date = text.trim();
  if (date === "") return {};
  if (isRecurringDateText(date)) {
    const recurrence = todoistRecurrenceOf(date);
    if (!recurrence) {
      plan.warn(where, `recurring date "${date}" has no matching rule; imported without recurrence`);
      return {};
    }
    // `every!` counts from the completion, as `anchor: COMPLETION` does.
    const anchor = recurrence.fromCompletion ? "COMPLETION" : undefined;
    return { recurrence: { rrule: recurrence.rrule, timezone: zone, ...(anchor ? { anchor } : {}) } };
  }
  // A day without a time is an all-day date: it stays that day wherever the user travels.
  const dueOn = dayOfDateText(date);
  if (dueOn) return { dueOn };
  const dueDate = instantOfDateText(date, zone);
  if (!dueDate) plan.warn(where, `date "${date}" could not be read; imported without a due date`);
  return dueDate ? { dueDate } : {};
}
