import { HabitStreakCache, type HabitChangeOptions } from "@momentum/domain";
import { type GraphqlContext } from "../context";

/** What every habit change needs from the request: the streak cache it must invalidate, and its instant. */
export const habitChangeOptionsOf = (context: GraphqlContext): HabitChangeOptions => ({
  streakCache: new HabitStreakCache(context.deps.redis),
  now: context.now,
});
