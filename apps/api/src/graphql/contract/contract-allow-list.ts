/**
 * Contract names not served yet. Every issue that serves some of them removes them here; the list
 * must end empty. The contract test fails on any name missing from the schema but not listed, and
 * on any listed name that is already served.
 */
export const contractAllowList: readonly string[] = [
  // Tags and saved filters
  "CreateHabitInput.tagIds",
  "CreateTaskInput.tagIds",
  "Habit.tags",
  "Mutation.createSavedFilter",
  "Mutation.createTag",
  "Mutation.deleteSavedFilter",
  "Mutation.deleteTag",
  "Mutation.updateSavedFilter",
  "Mutation.updateTag",
  "Query.savedFilters",
  "Query.tags",
  "SavedFilter",
  "Tag",
  "TagInput",
  "Task.tags",
  "TaskFilter.tagIds",
  "UpdateHabitInput.tagIds",
  "UpdateTaskInput.tagIds",
  "User.savedFilters",
  "User.tags",

  // Reminder lists
  "CreateHabitInput.reminders",
  "CreateTaskInput.reminders",
  "Habit.reminders",
  "HabitReminder",
  "HabitReminderInput",
  "Task.reminders",
  "TaskReminder",
  "TaskReminderInput",
  "UpdateHabitInput.reminders",
  "UpdateTaskInput.reminders",

  // Repeat from completion, skipping an occurrence; all-day dates, start dates, durations
  "Mutation.skipTaskOccurrence",
  "RecurrenceAnchor",
  "RecurrenceInput.anchor",
  "RecurrenceRule.anchor",
  "CreateTaskInput.dueOn",
  "CreateTaskInput.durationMinutes",
  "CreateTaskInput.startOn",
  "Task.dueOn",
  "Task.durationMinutes",
  "Task.startOn",
  "TaskFilter.startedOnly",
  "UpdateTaskInput.dueOn",
  "UpdateTaskInput.durationMinutes",
  "UpdateTaskInput.startOn",

  // Day start
  "UpdateProfileInput.dayStartTime",
  "User.dayStartTime",

  // Trash and archive
  "Mutation.deleteGoal",
  "Mutation.deleteHabit",
  "Mutation.restoreTask",
  "Mutation.unarchiveGoal",
  "Mutation.unarchiveHabit",
  "Query.deletedTasks",

  // Import
  "ImportFormat",
  "ImportJob",
  "ImportStatus",
  "Mutation.startImport",
  "Query.importJob",
];
