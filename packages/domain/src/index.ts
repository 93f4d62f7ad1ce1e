// The domain by area; each folder's index lists what it offers to the apps.

// Foundations shared by every area.
export * from "./errors";
export * from "./ids";
export * from "./crypto";
export * from "./time";
export * from "./cache";
export * from "./rate-limits";
export * from "./idempotency";
export * from "./ownership";
export * from "./paging";
export * from "./reading";

// Events and the broker layout.
export * from "./events";

// People.
export * from "./identity";
export * from "./users";
export * from "./devices";
export * from "./staff";
export * from "./support";

// What they do.
export * from "./tasks";
export * from "./categories";
export * from "./tags";
export * from "./saved-filters";
export * from "./recurrence";
export * from "./habits";
export * from "./goals";
export * from "./achievements";
export * from "./productivity";
export * from "./reminders";
export * from "./reports";
export * from "./exports";
export * from "./imports";

// How the areas react to each other's events; the apps register it at start-up.
export * from "./reactions";
