import { type EntityManager } from "@mikro-orm/postgresql";
import { Achievement, User, UserAchievement } from "@momentum/db";
import { recordEvent, recordNotification } from "../events/outbox";
import { readNotificationPreferences } from "../identity/user-settings.schema";
import { userDayOf, userDaysOf } from "../time/user-day";
import { achievementCriteriaSchema } from "./achievement-criteria.schema";
import { achievementFactsOf } from "./achievement-facts";
import { achievementProgress } from "./achievement-progress";

/**
 * Awards every achievement the user has just reached, in the caller's transaction: a user_achievements
 * row (earned once, kept for good even if a task is reopened later), an `achievement.unlocked` event
 * for analytics, and an ACHIEVEMENT_UNLOCKED push, unless the user turned achievement alerts off.
 * Called at the end of each change that can move a criterion (it flushes the change first, so the facts
 * count it); returns the achievements newly earned.
 */
export async function awardReachedAchievements(
  tx: EntityManager,
  userId: string,
  options: { notify?: boolean } = {},
): Promise<Achievement[]> {
  await tx.flush();
  // One after another: a transaction has one connection, which runs one query at a time.
  const facts = await achievementFactsOf(tx, userId);
  const catalogue = await tx.find(Achievement, {});
  const earned = await tx.find(UserAchievement, { user: userId }, { fields: ["achievement"] });
  const alreadyEarned = new Set(earned.map((row) => row.achievement.id));
  const reached = catalogue.filter((achievement) => {
    if (alreadyEarned.has(achievement.id)) return false;
    const criteria = achievementCriteriaSchema.safeParse(achievement.criteria);
    return criteria.success && achievementProgress(criteria.data, facts) >= 100;
  });

  if (reached.length === 0) return [];
  const user = await tx.findOneOrFail(User, userId, {
    fields: ["notificationPreferences", "timezone", "dayStartTime"],
  });
  const alerts =
    options.notify !== false && readNotificationPreferences(user.notificationPreferences).achievementAlerts;
  const now = new Date();
  const awarded: Achievement[] = [];
  for (const achievement of reached) {
    // A concurrent change may award the same achievement: the unique key lets one insert win (the other
    // waits for it, then inserts nothing), and only the winner sends the push.
    const inserted = await tx
      .createQueryBuilder(UserAchievement)
      .insert({ user: userId, achievement: achievement.id, progress: 100, earnedAt: now })
      .onConflict(["user", "achievement"])
      .ignore()
      .execute<{ affectedRows: number }>("run");
    if (inserted.affectedRows === 0) continue;
    awarded.push(achievement);
    recordEvent(tx, {
      type: "achievement.unlocked",
      userId,
      aggregateId: achievement.id,
      payload: { points: achievement.points, earnedOn: userDayOf(userDaysOf(user), now) },
      occurredAt: now,
    });
    if (!alerts) continue;
    recordNotification(tx, {
      type: "ACHIEVEMENT_UNLOCKED",
      userId,
      achievementId: achievement.id,
      name: achievement.name,
      points: achievement.points,
    });
  }
  return awarded;
}
