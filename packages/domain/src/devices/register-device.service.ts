import { type EntityManager } from "@mikro-orm/postgresql";
import { Device } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { registerDeviceInputSchema, type RegisterDeviceInput } from "./device-input.schema";

/**
 * Registers a push token for the user. A token belongs to one app install: registering it again
 * refreshes it, and if another account used it on that install before, it moves to this user.
 * Records `device.registered`: analytics learns the user's platform from it.
 */
export async function registerDevice(
  em: EntityManager,
  userId: string,
  rawInput: RegisterDeviceInput,
  now = new Date(),
): Promise<boolean> {
  const input = parseInput(registerDeviceInputSchema, rawInput);
  return transactionalWithReactions(em, async (tx) => {
    const device = await tx.upsert(
      Device,
      { user: userId, token: input.token, platform: input.platform, lastSeenAt: now, updatedAt: now },
      { onConflictFields: ["token"], onConflictMergeFields: ["user", "platform", "lastSeenAt", "updatedAt"] },
    );
    recordEvent(tx, {
      type: "device.registered",
      userId,
      aggregateId: device.id,
      payload: { platform: input.platform },
      occurredAt: now,
    });
    return true;
  });
}

/** Forgets a token of this user; true when there was one to forget. */
export async function unregisterDevice(em: EntityManager, userId: string, token: string): Promise<boolean> {
  return (await em.nativeDelete(Device, { user: userId, token })) > 0;
}
