import { type EntityManager } from "@mikro-orm/postgresql";
import { User } from "@momentum/db";
import { todayIn } from "./today-in";

/** The user's calendar day at `now`, in their own zone (events carry it for the analytics worker). */
export async function todayOfUser(em: EntityManager, userId: string, now: Date): Promise<string> {
  const user = await em.findOneOrFail(User, userId, { fields: ["timezone"] });
  return todayIn(user.timezone, now);
}
