/** One user's day, as the analytics database counts it. */
export interface ProductiveDay {
  tasksCompleted: number;
  habitsCompleted: number;
  /** Minutes of logged focus sessions. */
  focusTime: number;
}

// What a full day looks like: reaching every target scores 100. Each part saturates, so one kind of
// work cannot buy the whole score; the weights say what a productive day is made of.
const TARGETS = { tasksCompleted: 5, habitsCompleted: 3, focusTime: 120 } as const;
const WEIGHTS = { tasksCompleted: 0.4, habitsCompleted: 0.35, focusTime: 0.25 } as const;

/** 0..100 with two decimals; a day with nothing done scores 0. */
export function productivityScore(day: ProductiveDay): number {
  const part = (name: keyof ProductiveDay) =>
    Math.min(1, Math.max(0, day[name]) / TARGETS[name]) * WEIGHTS[name];
  const score = (part("tasksCompleted") + part("habitsCompleted") + part("focusTime")) * 100;
  return Math.round(score * 100) / 100;
}
