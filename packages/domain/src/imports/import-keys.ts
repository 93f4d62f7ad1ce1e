import { type EntityManager } from "@mikro-orm/postgresql";
import { ImportKey } from "@momentum/db";

export type ImportedObjectType = "category" | "task" | "habit" | "goal";

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
