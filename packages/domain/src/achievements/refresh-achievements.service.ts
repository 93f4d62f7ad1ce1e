import { type EntityManager } from "@mikro-orm/postgresql";
import { Achievement, User, UserAchievement } from "@momentum/db";
import { recordNotification } from "../events/outbox";
import { readNotificationPreferences } from "../identity/user-settings.schema";
import { achievementCriteriaSchema } from "./achievement-criteria.schema";
import { achievementFactsOf } from "./achievement-facts";
import { achievementProgress } from "./achievement-progress";

/**
 * Awards every achievement the user has just reached, in the caller's transaction: a user_achievements
 * row (earned once, kept for good even if a task is reopened later) and an ACHIEVEMENT_UNLOCKED push,
 * unless the user turned achievement alerts off.
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

  const alerts =
    options.notify !== false &&
    reached.length > 0 &&
    readNotificationPreferences(
      (await tx.findOneOrFail(User, userId, { fields: ["notificationPreferences"] })).notificationPreferences,
    ).achievementAlerts;
  for (const achievement of reached) {
    await tx.upsert(
      UserAchievement,
      { user: userId, achievement: achievement.id, progress: 100, earnedAt: new Date() },
      { onConflictFields: ["user", "achievement"], onConflictAction: "ignore" },
    );
    if (!alerts) continue;
    recordNotification(tx, {
      type: "ACHIEVEMENT_UNLOCKED",
      userId,
      achievementId: achievement.id,
      name: achievement.name,
      points: achievement.points,
    });
  }
  return reached;
}
