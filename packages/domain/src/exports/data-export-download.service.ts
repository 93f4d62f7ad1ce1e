import { type EntityManager, LockMode } from "@mikro-orm/postgresql";
import { DataExport, DataExportStatus } from "@momentum/db";
import { notFound } from "../errors/domain-error";

/** The user's latest archive that is ready to fetch (not one staff asked for), or null. */
export async function readyDataExportOf(
  em: EntityManager,
  userId: string,
  now = new Date(),
): Promise<{ id: string; expiresAt: Date } | null> {
  const ready = await em.findOne(
    DataExport,
    { user: userId, requestedByStaff: null, status: DataExportStatus.Ready, expiresAt: { $gt: now } },
    { orderBy: { createdAt: "desc" }, fields: ["id", "expiresAt"] },
  );
  return ready ? { id: ready.id, expiresAt: ready.expiresAt! } : null;
}

/**
 * Hands over an archive once: the gzipped JSON, and the row forgets it in the same transaction. Only
 * whoever may fetch it (`mayFetch`: the user for their own request, staff for theirs) gets it; anyone
 * else, a second fetch and an expired archive get NOT_FOUND, so an id tells a stranger nothing.
 */
export async function takeDataExport(
  em: EntityManager,
  exportId: string,
  mayFetch: (dataExport: DataExport) => boolean,
  now = new Date(),
): Promise<Buffer> {
  return em.fork().transactional(async (tx) => {
    const dataExport = await tx.findOne(
      DataExport,
      { id: exportId, status: DataExportStatus.Ready, expiresAt: { $gt: now } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ["archive"] },
    );
    if (!dataExport?.archive || !mayFetch(dataExport)) throw notFound("Data export");
    const archive = dataExport.archive;
    dataExport.archive = null;
    dataExport.status = DataExportStatus.Downloaded;
    dataExport.downloadedAt = now;
    return archive;
  });
}

/** The user may fetch what they asked for themselves. */
export const fetchableByUser = (userId: string) => (dataExport: DataExport) =>
  dataExport.user.id === userId && !dataExport.requestedByStaff;

/** Staff fetch what staff asked for (any admin: a data request is the team's, not one person's). */
export const fetchableByStaff = (dataExport: DataExport) => Boolean(dataExport.requestedByStaff);
