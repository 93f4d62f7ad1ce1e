import { type EntityManager } from "@mikro-orm/postgresql";
import { Category, Goal, Habit, ImportKey, SavedFilter, Tag, Task } from "@momentum/db";

export type ImportedObjectType = "category" | "tag" | "task" | "habit" | "goal" | "savedFilter";

/** What a source key already became for this user, if anything. */
export const findImportKey = (em: EntityManager, userId: string, sourceKey: string) =>
  em.findOne(ImportKey, { user: userId, sourceKey }, { fields: ["objectId", "importJob"] });

/** Records what a source key became, in the transaction that created it. */
export function recordImportKey(
  tx: EntityManager,
  entry: {
    userId: string;
    sourceKey: string;
    objectType: ImportedObjectType;
    objectId: string;
    jobId: string;
  },
): void {
  tx.create(ImportKey, {
    user: entry.userId,
    sourceKey: entry.sourceKey,
    objectType: entry.objectType,
    objectId: entry.objectId,
    importJob: entry.jobId,
  });
}

const entityOf = {
  category: Category,
  tag: Tag,
  task: Task,
  habit: Habit,
  goal: Goal,
  savedFilter: SavedFilter,
} as const;

/**
 * Whether the user still has the object a file of their own export names (restoring into the account
 * it came from): then it is not created again. Deleted ones count as gone, and so does a task in the
 * trash: the import creates it again as the file has it (the trashed one stays restorable until purged).
 */
export async function ownsObject(
  em: EntityManager,
  userId: string,
  objectType: ImportedObjectType,
  id: string,
): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const live = objectType === "category" || objectType === "task" ? { isDeleted: false } : {};
  return (await em.count(entityOf[objectType] as typeof Task, { id, user: userId, ...live } as never)) > 0;
}
