import { type EntityManager, LockMode } from "@mikro-orm/postgresql";
import { DataExport, StaffUser, User } from "@momentum/db";
import { notFound, rateLimited } from "../errors/domain-error";
import { DATA_EXPORT_INTERVAL_MS } from "./data-export-rules";

/**
 * Asks for an archive of everything the user owns; a background job prepares it (see
 * prepareDataExports). One per user a day, whoever asks: a second is RATE_LIMITED with the seconds
 * until the next is allowed. Staff ask on the user's behalf (a data-access request) and fetch it
 * themselves; the user fetches their own.
 */
export async function requestDataExport(
  em: EntityManager,
  userId: string,
  requestedBy: { staffUserId: string } | null,
  now = new Date(),
): Promise<DataExport> {
  return em.transactional(async (tx) => {
    // The user's row lock serialises two requests at once, so only one gets through.
    const user = await tx.findOne(
      User,
      { id: userId, deletedAt: null },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!user) throw notFound("User");
    const latest = await tx.findOne(
      DataExport,
      { user: userId },
      { orderBy: { createdAt: "desc" }, fields: ["createdAt"] },
    );
    const nextAllowed = latest ? latest.createdAt.getTime() + DATA_EXPORT_INTERVAL_MS : 0;
    if (nextAllowed > now.getTime()) throw rateLimited(Math.ceil((nextAllowed - now.getTime()) / 1000));
    return tx.create(DataExport, {
      user,
      requestedByStaff: requestedBy ? tx.getReference(StaffUser, requestedBy.staffUserId) : null,
      createdAt: now,
    });
  });
}
