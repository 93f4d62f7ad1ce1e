/** The Redis keys and lifetimes of the design document, in one place. */
export const CacheKeys = {
  session: (sessionId: string) => `session:${sessionId}`,
  user: (userId: string) => `user:${userId}`,
  taskList: (userId: string, status: string) => `tasks:user:${userId}:status:${status}`,
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
