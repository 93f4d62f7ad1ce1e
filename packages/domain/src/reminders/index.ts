export * from "./quiet-hours";
export * from "./reminder-decision";
export * from "./reminder-recipient";
export * from "./reminder-tally";
export * from "./task-reminder";
export * from "./habit-reminder";
export * from "./send-task-reminders.service";
export * from "./send-habit-reminders.service";
