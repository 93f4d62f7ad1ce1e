import { type EntityManager } from "@mikro-orm/postgresql";
import { type Habit, HabitTag, type Tag, type Task, TaskTag } from "@momentum/db";
import { findAttachableTags } from "./tag-access";

/** Drops the links to tags not wanted and adds the missing ones; returns whether anything changed. */
function replaceLinks<L extends { tag: Tag }>(
  tx: EntityManager,
  links: L[],
  tags: Tag[],
  link: (tag: Tag) => void,
): boolean {
  const wanted = new Set(tags.map((tag) => tag.id));
  const current = new Set(links.map((existing) => existing.tag.id));
  const removed = links.filter((existing) => !wanted.has(existing.tag.id));
  const added = tags.filter((tag) => !current.has(tag.id));
  removed.forEach((existing) => tx.remove(existing));
  added.forEach(link);
  return removed.length + added.length > 0;
}

/**
 * Gives a task exactly these tags (ids of the user's own tags, checked: see findAttachableTags).
 * Returns whether its set of tags changed.
 */
export async function replaceTaskTags(
  tx: EntityManager,
  userId: string,
  task: Task,
  tagIds: readonly string[],
  field: string,
): Promise<boolean> {
  const tags = await findAttachableTags(tx, userId, tagIds, field);
  const links = await tx.find(TaskTag, { task });
  return replaceLinks(tx, links, tags, (tag) => tx.create(TaskTag, { task, tag }));
}

/** The habit counterpart of replaceTaskTags. */
export async function replaceHabitTags(
  tx: EntityManager,
  userId: string,
  habit: Habit,
  tagIds: readonly string[],
  field: string,
): Promise<boolean> {
  const tags = await findAttachableTags(tx, userId, tagIds, field);
  const links = await tx.find(HabitTag, { habit });
  return replaceLinks(tx, links, tags, (tag) => tx.create(HabitTag, { habit, tag }));
}

/** Puts a task's tags on another task (a recurring task's next occurrence carries them on). */
export async function copyTaskTags(tx: EntityManager, from: Task, to: Task): Promise<void> {
  const links = await tx.find(TaskTag, { task: from });
  links.forEach((link) => tx.create(TaskTag, { task: to, tag: link.tag }));
}
