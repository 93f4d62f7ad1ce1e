import { type EntityManager } from "@mikro-orm/postgresql";
import { User } from "@momentum/db";
import { awardReachedAchievements } from "./refresh-achievements.service";

/**
 * Awards every user what they already qualify for: for data that predates an achievement (a catalogue
 * entry added later, seeded demo data). One transaction per user, users in id order, batch by batch.
 * No pushes: these were not earned just now. Safe to run again; returns how many were awarded.
 */
export async function backfillAchievements(em: EntityManager, batchSize = 200): Promise<number> {
  let awarded = 0;
  let after: string | null = null;
  for (;;) {
    const users: { id: string }[] = await em
      .fork()
      .find(
        User,
        { deletedAt: null, ...(after ? { id: { $gt: after } } : {}) },
        { fields: ["id"], orderBy: { id: "asc" }, limit: batchSize },
      );
    for (const user of users) {
      awarded += (
        await em.fork().transactional((tx) => awardReachedAchievements(tx, user.id, { notify: false }))
      ).length;
    }
    if (users.length < batchSize) return awarded;
    after = users.at(-1)!.id;
  }
}
