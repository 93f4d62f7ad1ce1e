import { Session } from "@momentum/db";
import { type IdentityContext } from "./identity-settings";
import { forgetSessions } from "./session-lookup";

/** Revokes sessions in PostgreSQL and drops their Redis copies, so the next request is refused. */
export async function revokeSessions(
  context: Pick<IdentityContext, "em" | "redis">,
  filter: { userId: string; only?: string; except?: string; deviceId?: string },
  reason: string,
  now = new Date(),
): Promise<string[]> {
  const where = {
    user: filter.userId,
    revokedAt: null,
    ...(filter.only ? { id: filter.only } : {}),
    ...(filter.except ? { id: { $ne: filter.except } } : {}),
    ...(filter.deviceId ? { deviceId: filter.deviceId } : {}),
  };
  const sessions = await context.em.find(Session, where, { fields: ["id"] });
  const ids = sessions.map((session) => session.id);
  if (ids.length > 0) {
    await context.em.nativeUpdate(Session, { id: { $in: ids } }, { revokedAt: now, revokedReason: reason });
  }
  await forgetSessions(context.redis, ids);
  return ids;
}

/** Ends this device's session, or every session of the user. */
export async function signOut(
  context: Pick<IdentityContext, "em" | "redis">,
  viewer: { userId: string; sessionId: string },
  allDevices: boolean,
  now = new Date(),
): Promise<boolean> {
  await revokeSessions(
    context,
    allDevices ? { userId: viewer.userId } : { userId: viewer.userId, only: viewer.sessionId },
    allDevices ? "sign_out_all" : "sign_out",
    now,
  );
  return true;
}
