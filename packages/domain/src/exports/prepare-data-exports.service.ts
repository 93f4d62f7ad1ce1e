import { gzipSync } from "node:zlib";
import { type EntityManager, LockMode } from "@mikro-orm/postgresql";
import { DataExport, DataExportStatus } from "@momentum/db";
import { recordNotification } from "../events/outbox";
import { DATA_EXPORT_LIFETIME_MS } from "./data-export-rules";
import { userDataArchive } from "./user-data-archive";

export interface DataExportRound {
  prepared: number;
  failed: number;
  expired: number;
}

/**
 * One round of the export job: prepares every pending export, one at a time, and deletes the archives
 * past their day. Every API instance may run it: an export is claimed with SKIP LOCKED and its archive,
 * its state and the user's DATA_EXPORT_READY push (for exports the user asked for) commit together.
 * An export that cannot be built is marked failed with the reason, so it is not retried for ever.
 */
export async function prepareDataExports(
  em: EntityManager,
  analyticsEm: EntityManager,
  now = new Date(),
  signal?: AbortSignal,
): Promise<DataExportRound> {
  const round: DataExportRound = { prepared: 0, failed: 0, expired: await expireDataExports(em, now) };
  while (!signal?.aborted) {
    const outcome = await em.fork().transactional(async (tx) => {
      const [pending] = await tx.find(
        DataExport,
        { status: DataExportStatus.Pending },
        { orderBy: { createdAt: "asc" }, limit: 1, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      if (!pending) return null;
      try {
        const archive = gzipSync(
          JSON.stringify(await userDataArchive(tx, analyticsEm.fork(), pending.user.id, now)),
        );
        pending.archive = archive;
        pending.archiveBytes = archive.length;
        pending.status = DataExportStatus.Ready;
        pending.readyAt = now;
        pending.expiresAt = new Date(now.getTime() + DATA_EXPORT_LIFETIME_MS);
        if (!pending.requestedByStaff) {
          recordNotification(
            tx,
            {
              type: "DATA_EXPORT_READY",
              userId: pending.user.id,
              exportId: pending.id,
              expiresAt: pending.expiresAt.toISOString(),
            },
            now,
          );
        }
        return "prepared" as const;
      } catch (error) {
        pending.status = DataExportStatus.Failed;
        pending.error = error instanceof Error ? error.message : String(error);
        return "failed" as const;
      }
    });
    if (outcome === null) break;
    round[outcome] += 1;
  }
  return round;
}

/** Deletes the archives nobody fetched within their day; answers how many. */
export async function expireDataExports(em: EntityManager, now: Date): Promise<number> {
  return em
    .fork()
    .nativeUpdate(
      DataExport,
      { status: DataExportStatus.Ready, expiresAt: { $lte: now } },
      { status: DataExportStatus.Expired, archive: null },
    );
}
