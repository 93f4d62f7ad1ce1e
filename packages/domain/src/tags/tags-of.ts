import { type EntityManager } from "@mikro-orm/postgresql";
import { type TagRow } from "./tag-rows";

/** The tags of many tasks or habits, by their id, each list by name: one statement for them all. */
async function tagsOf(
  em: EntityManager,
  linkTable: "task_tags" | "habit_tags",
  ownerColumn: "task_id" | "habit_id",
  ownerIds: readonly string[],
): Promise<Map<string, TagRow[]>> {
  const rows = await em.getConnection().execute<(TagRow & { ownerId: string; userId: string })[]>(
    `select l.${ownerColumn} as "ownerId", t.id, t.name, t.color, t.user_id as "userId"
       from ${linkTable} l join tags t on t.id = l.tag_id
      where l.${ownerColumn} = any(array[?]::uuid[])
      order by t.name, t.id`,
    [[...ownerIds]],
  );
  const byOwner = new Map<string, TagRow[]>(ownerIds.map((id) => [id, []]));
  for (const { ownerId, userId, ...tag } of rows) {
    byOwner.get(ownerId)?.push({ id: tag.id, name: tag.name, color: tag.color, user: { id: userId } });
  }
  return byOwner;
}

export const tagsOfTasks = (em: EntityManager, taskIds: readonly string[]) =>
  tagsOf(em, "task_tags", "task_id", taskIds);

export const tagsOfHabits = (em: EntityManager, habitIds: readonly string[]) =>
  tagsOf(em, "habit_tags", "habit_id", habitIds);
