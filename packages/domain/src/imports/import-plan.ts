import { type Priority } from "@momentum/db";
import { type CreateGoalInput, type MilestoneInput } from "../goals/goal-input.schema";
import { type CreateHabitInput } from "../habits/habit-input.schema";
import { type TaskReminderInput } from "../tasks/task-reminder-input.schema";

// What a parser makes of a file: the objects to create, each with the key that finds it again on a second
// import, and the warnings for rows it skipped. Parsers are pure; applyImportPlan creates the objects
// through the domain's own services.

/** Thrown for a file that cannot be imported at all: the job fails with this message. */
export class UnreadableImport extends Error {}

/** Where an object came from: its stable key in the source file and the line it starts on. */
export interface ImportSource {
  /** Unique per user and source, e.g. `todoist:task:<hash>` or `momentum:habit:<id>`. */
  key: string;
  /** For warnings: "line 12" in a CSV, "tasks[3]" in a JSON archive. */
  where: string;
  /** The object's id in this app when the file is its own export: restoring into the same account finds it. */
  ownId?: string;
}

export interface ImportedCategory extends ImportSource {
  kind: "category";
  name: string;
  color: string;
  icon?: string | null;
  type: "task" | "habit" | "goal";
}

/** A tag: one the user already has under the same name (whatever its case) is used rather than created. */
export interface ImportedTag extends ImportSource {
  kind: "tag";
  name: string;
  color?: string | null;
}

/** A saved filter as the task list reads it; its tags are named by their keys in `tagKeys`. */
export interface ImportedSavedFilter extends ImportSource {
  kind: "savedFilter";
  name: string;
  filter: Record<string, unknown>;
  tagKeys: string[];
}

export interface ImportedTask extends ImportSource {
  kind: "task";
  title: string;
  description?: string | null;
  dueDate?: Date | null;
  /** An all-day due date (YYYY-MM-DD); a task has this or `dueDate`. */
  dueOn?: string | null;
  startOn?: string | null;
  durationMinutes?: number | null;
  /** The task's reminder list, as createTask takes it. */
  reminders?: TaskReminderInput[];
  /** Keys of tags of the same source (imported before the task). */
  tagKeys?: string[];
  priority?: Priority;
  /** Without a due date, the first occurrence on or after the day of the import is the due date. */
  recurrence?: { rrule: string; timezone?: string | null; anchor?: "DUE" | "COMPLETION" | null } | null;
  categoryKey?: string | null;
  status?: "pending" | "in_progress" | "completed" | "cancelled";
  subtasks: ImportedTask[];
}

export interface ImportedHabitLog {
  date: string;
  value?: number | null;
  notes?: string | null;
  mood?: number | null;
  /** A skipped day, with its reason. */
  skipReason?: string | null;
}

export interface ImportedHabit extends ImportSource {
  kind: "habit";
  input: Omit<CreateHabitInput, "categoryId">;
  categoryKey?: string | null;
  /** Keys of tags of the same source (imported before the habit). */
  tagKeys?: string[];
  logs: ImportedHabitLog[];
  archived?: boolean;
}

export interface ImportedGoal extends ImportSource {
  kind: "goal";
  input: Omit<CreateGoalInput, "categoryId">;
  categoryKey?: string | null;
  milestones: (MilestoneInput & { completed?: boolean })[];
  /** Keys of tasks and habits of the same source (imported before the goal). */
  linkedTaskKeys: string[];
  linkedHabitKeys: string[];
  /** NUMERIC and PERCENTAGE goals: the value reached, recorded as progress. */
  currentValue?: number | null;
  status?: "active" | "paused" | "completed" | "abandoned";
  archived?: boolean;
}

export type ImportedObject =
  ImportedCategory | ImportedTag | ImportedTask | ImportedHabit | ImportedGoal | ImportedSavedFilter;

export interface ImportPlan {
  /** In creation order: categories first, then what refers to them. */
  objects: ImportedObject[];
  /** Rows that could not be imported at all, each with its warning. */
  skipped: number;
  warnings: string[];
}

/** Collects what a parser finds, in order. */
export class ImportPlanBuilder {
  readonly objects: ImportedObject[] = [];
  readonly warnings: string[] = [];
  skipped = 0;

  add(object: ImportedObject): void {
    this.objects.push(object);
  }

  /** An odd value that was imported anyway (or left out of an imported object). */
  warn(where: string, message: string): void {
    this.warnings.push(`${where}: ${message}`);
  }

  /** A row that is not imported. */
  skip(where: string, message: string): void {
    this.skipped += 1;
    this.warn(where, message);
  }

  plan(): ImportPlan {
    return { objects: this.objects, skipped: this.skipped, warnings: this.warnings };
  }
}
