/** The Redis keys and lifetimes of the design document, in one place. */
export const CacheKeys = {
  session: (sessionId: string) => `session:${sessionId}`,
  user: (userId: string) => `user:${userId}`,
  taskList: (userId: string, status: string) => `tasks:user:${userId}:status:${status}`,
  /** Marks a status list known to be empty (Redis keeps no empty sorted set). */
  emptyTaskList: (userId: string, status: string) => `tasks:user:${userId}:status:${status}:empty`,
  /** Counts of the user's filtered task lists, one field per filter; dropped with the lists. */
  taskCounts: (userId: string) => `tasks:user:${userId}:counts`,
  habitStreaks: (habitId: string) => `streaks:habit:${habitId}`,
  achievementProgress: (userId: string) => `achievements:user:${userId}`,
} as const;

export const CacheTtlSeconds = {
  session: 24 * 60 * 60,
  user: 60 * 60,
  taskList: 15 * 60,
  habitStreaks: 60 * 60,
  achievementProgress: 30 * 60,
} as const;
