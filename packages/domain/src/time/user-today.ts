import { type EntityManager } from "@mikro-orm/postgresql";
import { User } from "@momentum/db";
import { userDayOf, userDaysOf } from "./user-day";

/** The user's day at `now`, in their own zone and day start (events carry it for the analytics worker). */
export async function todayOfUser(em: EntityManager, userId: string, now: Date): Promise<string> {
  const user = await em.findOneOrFail(User, userId, { fields: ["timezone", "dayStartTime"] });
  return userDayOf(userDaysOf(user), now);
}
